/**
 * Errors of the lesson's tools (lib/lesson/), of saved models (lib/checkpoint/) and of choosing
 * a backend: a recipe given the wrong pieces, a checkpoint folder that is damaged or holds
 * other models, a backend this computer does not have.
 */
import type { Message } from '../message';

export const LESSON_ERRORS = {
  // fit and its cache (lesson/fit.ts, checkpoint/cache.ts)
  'fit.lossOrPhases': { en: '{name}: give either loss or phases', my: '{name}: loss သို့မဟုတ် phases နှစ်ခုထဲမှ တစ်ခုကိုသာ ပေးပါ' },
  'fit.noEpoch': {
    en: '{name}: training stopped ({reason}) before the first epoch finished; allow more time (maxSeconds) or use fewer images per epoch.',
    my: '{name}: ပထမ epoch မပြီးမီ လေ့ကျင့်မှု ရပ်သွားသည် ({reason})၊ အချိန် ပိုပေးပါ (maxSeconds) သို့မဟုတ် epoch တစ်ကြိမ်လျှင် ပုံ အနည်းငယ်သာ သုံးပါ။',
  },
  'fit.startFrom': {
    en: '{name}: startFrom must hold models with the same weights as build() makes.\n  startFrom: {from}\n  build():   {to}',
    my: '{name}: startFrom ထဲရှိ မော်ဒယ်များ၏ အလေးချိန်များသည် build() ပြုလုပ်သော မော်ဒယ်များနှင့် တူရမည်။\n  startFrom: {from}\n  build():   {to}',
  },
  'fit.weightDecayKeys': {
    en: "{name}: weightDecay.models must list model keys, e.g. ['encoder'], got {got}",
    my: "{name}: weightDecay.models တွင် မော်ဒယ် key များကို စာရင်းပြုရမည်၊ ဥပမာ ['encoder']၊ ရရှိသည်မှာ {got} ဖြစ်သည်",
  },
  'fit.weightDecayUnknown': {
    en: '{name}: weightDecay.models names "{key}", but build() made only {keys}',
    my: '{name}: weightDecay.models တွင် "{key}" ဟု ပါသော်လည်း build() က {keys} ကိုသာ ပြုလုပ်ခဲ့သည်',
  },
  'cache.name': {
    en: "name must use only letters, digits, '-' and '_' (it becomes a folder name), got {got}",
    my: "name တွင် စာလုံး၊ ဂဏန်း၊ '-' နှင့် '_' သာ ပါရမည် (ဖိုင်တွဲ အမည် ဖြစ်လာမည်)၊ ရရှိသည်မှာ {got} ဖြစ်သည်",
  },
  'cache.data': {
    en: 'data must be a non-empty string naming the training data',
    my: 'data သည် လေ့ကျင့်ရေး ဒေတာကို အမည်ပေးသော ဗလာမဟုတ်သည့် string ဖြစ်ရမည်',
  },
  'cache.functions': { en: 'build and train must be functions', my: 'build နှင့် train သည် function များ ဖြစ်ရမည်' },
  'hash.number': {
    en: '{label} must be a finite number to be part of a key, got {got}',
    my: '{label} ကို key ၏ အစိတ်အပိုင်း ဖြစ်စေရန် အကန့်အသတ်ရှိ ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'hash.plain': {
    en: '{label} must be plain data (string, number, boolean, array or object) to be part of a key, got {got}',
    my: '{label} ကို key ၏ အစိတ်အပိုင်း ဖြစ်စေရန် ရိုးရိုး ဒေတာ (string၊ number၊ boolean၊ array သို့မဟုတ် object) ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  // Checkpoints (checkpoint/checkpoint.ts, manifest.ts, artifacts.ts)
  'checkpoint.metadata': {
    en: 'checkpoint metadata must be JSON data (an object, array, string, number or null)',
    my: 'checkpoint ၏ metadata သည် JSON ဒေတာ (object၊ array၊ string၊ number သို့မဟုတ် null) ဖြစ်ရမည်',
  },
  'checkpoint.otherModels': {
    en: 'checkpoint {dir} holds models [{saved}], got [{given}]',
    my: 'checkpoint {dir} တွင် မော်ဒယ် [{saved}] ကို သိမ်းထားသည်၊ ပေးလိုက်သည်မှာ [{given}] ဖြစ်သည်',
  },
  'checkpoint.noModel': {
    en: 'checkpoint {dir} has no model named "model" (it has: {names})',
    my: 'checkpoint {dir} တွင် "model" အမည်ရှိ မော်ဒယ် မရှိပါ (ရှိသည်မှာ- {names})',
  },
  'checkpoint.models': {
    en: 'models must be an object of named tf.LayersModel, e.g. { encoder, decoder }',
    my: 'models သည် အမည်ပေးထားသော tf.LayersModel များပါသည့် object ဖြစ်ရမည်၊ ဥပမာ { encoder, decoder }',
  },
  'checkpoint.modelName': {
    en: "model name \"{name}\" may only use letters, digits, '-' and '_' (it becomes a file name)",
    my: "မော်ဒယ် အမည် \"{name}\" တွင် စာလုံး၊ ဂဏန်း၊ '-' နှင့် '_' သာ ပါနိုင်သည် (ဖိုင်အမည် ဖြစ်လာမည်)",
  },
  'checkpoint.notModel': { en: 'models.{name} must be a tf.LayersModel, got {got}', my: 'models.{name} သည် tf.LayersModel ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'checkpoint.modelFrom': { en: 'model "{name}" from {file}', my: '{file} မှ မော်ဒယ် "{name}"' },
  'checkpoint.modelIn': { en: 'checkpoint model "{name}" in {dir}', my: '{dir} ရှိ checkpoint မော်ဒယ် "{name}"' },
  'checkpoint.weightsMissing': {
    en: 'checkpoint weights file {file} is missing (listed in {manifest})',
    my: 'checkpoint ၏ အလေးချိန် ဖိုင် {file} မရှိပါ ({manifest} တွင် စာရင်းသွင်းထားသည်)',
  },
  'checkpoint.weightsSize': {
    en: 'checkpoint weights file {file} has {bytes} bytes, the manifest expects {expected} (truncated?)',
    my: 'checkpoint ၏ အလေးချိန် ဖိုင် {file} တွင် {bytes} byte ရှိသည်၊ manifest က {expected} byte ဟု မျှော်လင့်သည် (ဖိုင် ပြတ်တောက်နေသလား။)',
  },
  'checkpoint.weightsHash': {
    en: 'checkpoint weights file {file} is damaged: its SHA-256 is {sha256}, the manifest expects {expected}',
    my: 'checkpoint ၏ အလေးချိန် ဖိုင် {file} ပျက်စီးနေသည်- ၎င်း၏ SHA-256 သည် {sha256} ဖြစ်ပြီး manifest က {expected} ဟု မျှော်လင့်သည်',
  },
  'manifest.missing': { en: 'no checkpoint in {dir}: {file} does not exist', my: '{dir} တွင် checkpoint မရှိပါ- {file} မရှိပါ' },
  'manifest.json': {
    en: 'checkpoint manifest {file} is not valid JSON (truncated or damaged?): {message}',
    my: 'checkpoint manifest {file} သည် မှန်ကန်သော JSON မဟုတ်ပါ (ပြတ်တောက် သို့မဟုတ် ပျက်စီးနေသလား။)- {message}',
  },
  'manifest.unusable': { en: 'checkpoint manifest {file} is not usable: {problem}', my: 'checkpoint manifest {file} ကို သုံး၍ မရပါ- {problem}' },
  'manifest.notObject': { en: 'expected a JSON object', my: 'JSON object တစ်ခု ဖြစ်ရမည်' },
  'manifest.format': { en: '"format" should be "{format}", got {got}', my: '"format" သည် "{format}" ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'manifest.version': {
    en: 'written by format version {got}, this code reads version {version}',
    my: 'format version {got} ဖြင့် ရေးထားသည်၊ ဤ code က version {version} ကိုသာ ဖတ်သည်',
  },
  'manifest.noModels': { en: '"models" is missing or empty', my: '"models" မရှိပါ သို့မဟုတ် ဗလာ ဖြစ်နေသည်' },
  'manifest.modelNotObject': { en: '{where} should be an object', my: '{where} သည် object ဖြစ်ရမည်' },
  'manifest.fieldMissing': { en: '{where}.{field} is missing', my: '{where}.{field} မပါပါ' },
  'manifest.weightsFile': { en: '{where}.weightsFile is not a weights file name', my: '{where}.weightsFile သည် အလေးချိန် ဖိုင်အမည် မဟုတ်ပါ' },
  'artifacts.rebuild': {
    en: 'could not rebuild {label}: {message}. If the model uses a custom layer class, register it with tf.serialization.registerClass, or build the model in code and use loadWeightsInto.',
    my: '{label} ကို ပြန်မတည်ဆောက်နိုင်ပါ- {message}။ မော်ဒယ်က ကိုယ်ပိုင် layer class ကို သုံးပါက tf.serialization.registerClass ဖြင့် မှတ်ပုံတင်ပါ၊ သို့မဟုတ် မော်ဒယ်ကို code ဖြင့် တည်ဆောက်ပြီး loadWeightsInto ကို သုံးပါ။',
  },
  'artifacts.weightCount': {
    en: '{label} has {count} weights, model "{model}" has {expected}',
    my: '{label} တွင် အလေးချိန် {count} ခု ရှိသည်၊ မော်ဒယ် "{model}" တွင် {expected} ခု ရှိသည်',
  },
  'artifacts.weightShape': {
    en: '{label}: weight {index} ("{name}") has shape [{shape}], model "{model}" expects [{expected}]',
    my: '{label}: အလေးချိန် {index} ("{name}") ၏ shape သည် [{shape}] ဖြစ်သည်၊ မော်ဒယ် "{model}" က [{expected}] ကို မျှော်လင့်သည်',
  },
  'artifacts.duplicateNames': {
    en: '{label} has weights with duplicate names; cannot tell them apart',
    my: '{label} တွင် အမည်တူ အလေးချိန်များ ပါနေသဖြင့် ခွဲခြား၍ မရပါ',
  },
  // The latent space tools (lesson/latent.ts, latentExplorer.ts, pca.ts, aae.ts, classExamples.ts)
  'latent.range': { en: 'latticeCodes: range must be a positive number, got {got}', my: 'latticeCodes: range သည် အပေါင်းကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'latent.sizes': {
    en: 'interpolateCodes: a has {a} values but b has {b}',
    my: 'interpolateCodes: a တွင် တန်ဖိုး {a} ခု ရှိသော်လည်း b တွင် {b} ခု ရှိသည် (တူရမည်)',
  },
  'explorer.singleModel': { en: 'a single model ("{name}")', my: 'မော်ဒယ် တစ်ခုတည်း ("{name}")' },
  'explorer.objectKeys': { en: 'an object with keys {keys}', my: 'key များ {keys} ပါသော object' },
  'explorer.noKeys': { en: '(none)', my: '(မရှိ)' },
  'explorer.models': {
    en: '{what}: expected what ae.fit returned (e.g. the dense VAE) or { encoder, decoder }, got {got}.',
    my: '{what}: ae.fit ပြန်ပေးသော ရလဒ် (ဥပမာ dense VAE) သို့မဟုတ် { encoder, decoder } ကို မျှော်လင့်သည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'explorer.notTwoD': {
    en: '{what}: the plane has two axes, so the latent space must be 2-D; this decoder takes codes of shape [{shape}]. Use a model built with latentDim: 2 (denseVaeRecipe, bottleneck2dRecipe), or plot a larger code with latentHistogram.',
    my: '{what}: ပြင်ညီတွင် ဝင်ရိုး နှစ်ခုသာ ရှိသဖြင့် ကွယ်ဝှက်နေရာ (latent space) သည် 2-D ဖြစ်ရမည်၊ ဤဒီကိုဒါက shape [{shape}] ရှိသော ကုဒ်များကို ယူသည်။ latentDim: 2 ဖြင့် တည်ဆောက်ထားသော မော်ဒယ် (denseVaeRecipe၊ bottleneck2dRecipe) ကို သုံးပါ၊ သို့မဟုတ် ပိုကြီးသော ကုဒ်ကို latentHistogram ဖြင့် ဆွဲပါ။',
  },
  'explorer.mismatch': {
    en: "{what}: the encoder's (first) output has shape [{shape}], but the decoder takes 2 numbers; are encoder and decoder from the same model?",
    my: '{what}: အင်ကိုဒါ၏ (ပထမ) output ၏ shape သည် [{shape}] ဖြစ်သော်လည်း ဒီကိုဒါက ကိန်း 2 လုံးကို ယူသည်၊ အင်ကိုဒါနှင့် ဒီကိုဒါသည် မော်ဒယ် တစ်ခုတည်းမှ ဖြစ်သလား။',
  },
  'explorer.data': {
    en: '{what}: data must be a split such as mnist.test, with images [N, H, W, C] and labels; got {got}.',
    my: '{what}: data သည် mnist.test ကဲ့သို့ ပုံများ [N, H, W, C] နှင့် labels ပါသော အပိုင်း (split) ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'explorer.imagesOfShape': { en: 'images of shape [{shape}]', my: 'shape [{shape}] ရှိသော ပုံများ' },
  'explorer.noImages': { en: 'no images', my: 'ပုံ မပါ' },
  'explorer.labels': {
    en: '{what}: {images} images but {labels} labels; there must be one label per image.',
    my: '{what}: ပုံ {images} ပုံ ရှိသော်လည်း label {labels} ခုသာ ရှိသည်၊ ပုံတစ်ပုံလျှင် label တစ်ခု ရှိရမည်။',
  },
  'explorer.noLabels': {
    en: '{what}: {images} images but no labels; there must be one label per image.',
    my: '{what}: ပုံ {images} ပုံ ရှိသော်လည်း label မပါပါ၊ ပုံတစ်ပုံလျှင် label တစ်ခု ရှိရမည်။',
  },
  'explorer.steps': { en: '{what}: steps must be a whole number >= 2, got {got}.', my: '{what}: steps သည် 2 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။' },
  'pca.images': { en: 'fitPca: images must be [N,H,W,C], got [{shape}]', my: 'fitPca: images သည် [N,H,W,C] ဖြစ်ရမည်၊ ရရှိသည်မှာ [{shape}] ဖြစ်သည်' },
  'pca.k': { en: 'fitPca: k must be a whole number from 1 to {max}, got {got}', my: 'fitPca: k သည် 1 မှ {max} အထိ ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'aae.codes': { en: 'priorOverlap: codes must be [N, 2], got [{shape}]', my: 'priorOverlap: codes သည် [N, 2] ဖြစ်ရမည်၊ ရရှိသည်မှာ [{shape}] ဖြစ်သည်' },
  'classExamples.perClass': {
    en: 'classExamples: perClass must be a whole number >= 1, got {got}.',
    my: 'classExamples: perClass သည် 1 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'classExamples.split': {
    en: 'classExamples: expected a split such as mnist.train, with images [N, H, W, C] and one label per image.',
    my: 'classExamples: mnist.train ကဲ့သို့ ပုံများ [N, H, W, C] နှင့် ပုံတစ်ပုံလျှင် label တစ်ခု ပါသော အပိုင်း (split) ကို မျှော်လင့်သည်။',
  },
  'notDigits.unknown': {
    en: 'notDigits: unknown drawing(s) {names}; choose from {known}',
    my: 'notDigits: {names} ဆိုသော ပုံဆွဲ(များ) ကို မသိပါ၊ {known} ထဲမှ ရွေးပါ',
  },
  // Melodies (lesson/melodies.ts)
  'melodies.beta': { en: 'melodyVaeLossFn: beta must be a number >= 0, got {got}', my: 'melodyVaeLossFn: beta သည် 0 နှင့်အထက် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'melodies.klWarmup': {
    en: '{fn}: klWarmupEpochs must be a number of epochs >= 0, got {got}',
    my: '{fn}: klWarmupEpochs သည် 0 နှင့်အထက် epoch အရေအတွက် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'melodyGru.beta': { en: 'melodyGruVaeLossFn: beta must be a number >= 0, got {got}', my: 'melodyGruVaeLossFn: beta သည် 0 နှင့်အထက် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'melodyGru.freeNats': {
    en: 'melodyGruVaeLossFn: freeNats must be a number >= 0, got {got}',
    my: 'melodyGruVaeLossFn: freeNats သည် 0 နှင့်အထက် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'longRun.minutes': {
    en: 'fitLongRun: say about how many minutes training takes, e.g. {example}; got {got}',
    my: 'fitLongRun: လေ့ကျင့်ရန် မိနစ် မည်မျှခန့် ကြာသည်ကို ပြောပါ၊ ဥပမာ {example}၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'melodies.windows': {
    en: 'tokenAccuracy: {predicted} predicted windows for {expected} expected',
    my: 'tokenAccuracy: မျှော်လင့်ထားသော window {expected} ခုအတွက် ခန့်မှန်းထားသော window {predicted} ခု ရှိသည် (တူရမည်)',
  },
  'melodies.steps': {
    en: 'tokenAccuracy: window {index} has {steps} steps, expected {expected}',
    my: 'tokenAccuracy: window {index} တွင် အဆင့် {steps} ဆင့် ရှိသည်၊ {expected} ဆင့် ရှိရမည်',
  },
  // Choosing a backend (engine/backend.ts)
  'backend.unknown': {
    en: 'Unknown backend "{name}". Expected one of: {names} (available here: {available}).',
    my: '"{name}" ဆိုသော backend ကို မသိပါ။ {names} ထဲမှ တစ်ခု ဖြစ်ရမည် (ဤစက်တွင် ရနိုင်သည်မှာ- {available})။',
  },
  'backend.unavailable': {
    en: 'Backend "{name}" is not available on this machine (available: {available}).{hint}',
    my: 'Backend "{name}" သည် ဤစက်တွင် မရှိပါ (ရနိုင်သည်မှာ- {available})။{hint}',
  },
  'backend.installNode': {
    en: ' Install it with `npm install @tensorflow/tfjs-node` (needs internet).',
    my: ' `npm install @tensorflow/tfjs-node` ဖြင့် ထည့်သွင်းပါ (အင်တာနက် လိုသည်)။',
  },
  'env.threads': {
    en: 'COURSE_THREADS must be a positive whole number of threads, got "{got}"',
    my: 'COURSE_THREADS သည် thread အရေအတွက် အပေါင်း ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ "{got}" ဖြစ်သည်',
  },
  'backend.failed': {
    en: 'Backend "{name}" failed to initialise (tf.getBackend() is "{current}").',
    my: 'Backend "{name}" ကို စတင်၍ မရပါ (tf.getBackend() သည် "{current}" ဖြစ်နေသည်)။',
  },
} satisfies Record<string, Message>;

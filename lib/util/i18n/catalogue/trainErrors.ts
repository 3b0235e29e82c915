/**
 * Errors of training (lib/train/) and of the models' maths (lib/models/): options that do not
 * fit together, a loss function that returns the wrong thing, data of the wrong shape.
 * Option names (epochs, heldOut, learningRate) are code, so they stay as written.
 */
import type { Message } from '../message';

export const TRAIN_ERRORS = {
  // The options of train (trainer.ts)
  'train.noOptions': { en: 'train needs an options object', my: 'train တွင် options object တစ်ခု လိုသည်' },
  'train.name': { en: 'name must be a non-empty string, got {got}', my: 'name သည် ဗလာမဟုတ်သော string ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'train.loss': {
    en: 'loss must be a function (batch, mode) => named loss terms, got {got}',
    my: 'loss သည် အမည်ပေးထားသော loss အပိုင်းများကို ပြန်ပေးသည့် function (batch, mode) => ... ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'train.prepareBatch': {
    en: 'prepareBatch must be a function (inputs, targets, mode, step) => batch, got {got}',
    my: 'prepareBatch သည် function (inputs, targets, mode, step) => batch ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'train.patience': {
    en: 'patience needs heldOut data: early stopping watches the held-out loss',
    my: 'patience အတွက် heldOut ဒေတာ လိုသည်- စောစီးစွာ ရပ်ခြင်း (early stopping) သည် စစ်ဆေးရေး loss ကို စောင့်ကြည့်သည်',
  },
  'train.keep': {
    en: "keep must be 'best' (the epoch with the lowest held-out loss) or 'last' (the last epoch), got {got}",
    my: "keep သည် 'best' (စစ်ဆေးရေး loss အနည်းဆုံး epoch) သို့မဟုတ် 'last' (နောက်ဆုံး epoch) ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်",
  },
  'train.keepPatience': {
    en: "patience stops at the best epoch, so it cannot be combined with keep: 'last'",
    my: "patience သည် အကောင်းဆုံး epoch တွင် ရပ်သဖြင့် keep: 'last' နှင့် တွဲသုံး၍ မရပါ",
  },
  'train.signal': { en: 'signal must be an AbortSignal', my: 'signal သည် AbortSignal ဖြစ်ရမည်' },
  'train.phasesClash': {
    en: 'phases bring their own models, loss and optimizer: leave out {options} (each phase has its own)',
    my: 'အဆင့် (phase) များတွင် ကိုယ်ပိုင် models၊ loss နှင့် optimizer ပါပြီး ဖြစ်သည်- {options} ကို ချန်ထားပါ (အဆင့်တိုင်းတွင် ကိုယ်ပိုင် ရှိသည်)',
  },
  'train.weightDecay': {
    en: 'weightDecay must be { rate, models } with rate a number >= 0, got {got}',
    my: 'weightDecay သည် { rate, models } ဖြစ်ရမည်၊ rate သည် 0 နှင့်အထက် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'train.weightDecayModels': {
    en: 'weightDecay.models must be a non-empty array of the trained models whose kernels should shrink',
    my: 'weightDecay.models သည် kernel များ ကျုံ့ရမည့် လေ့ကျင့်နေသော မော်ဒယ်များ၏ ဗလာမဟုတ်သော array ဖြစ်ရမည်',
  },
  'train.weightDecayModel': {
    en: 'weightDecay.models[{index}] must be a tf.LayersModel, got {got}',
    my: 'weightDecay.models[{index}] သည် tf.LayersModel ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'train.weightDecayNotTrained': {
    en: 'weightDecay.models[{index}] ("{model}") is not among the trained models: only weights that train can decay',
    my: 'weightDecay.models[{index}] ("{model}") သည် လေ့ကျင့်နေသော မော်ဒယ်များထဲတွင် မပါပါ- လေ့ကျင့်နေသော အလေးချိန်များသာ ကျုံ့နိုင်သည်',
  },
  'train.phasesSchedule': {
    en: "learningRateSchedule 'cosine' does not work with phases yet: use the constant rate of each phase's optimizer",
    my: "learningRateSchedule 'cosine' သည် phases နှင့် အတူ မသုံးနိုင်သေးပါ- အဆင့်တစ်ခုစီ၏ optimizer ၏ ပုံသေ rate ကို သုံးပါ",
  },
  'train.phaseTermsChanged': {
    en: 'the phases must return the same terms for every batch: first [{first}], now [{now}]',
    my: 'အဆင့်များသည် batch တိုင်းအတွက် loss အပိုင်း တူတူကို ပြန်ပေးရမည်- ပထမ [{first}]၊ ယခု [{now}]',
  },
  'train.phaseNotConnected': {
    en: 'phase "{phase}": its loss does not depend on the weights of [{models}], the models it lists: list the models whose weights this loss should change.',
    my: 'အဆင့် "{phase}": ၎င်း၏ loss သည် ၎င်းစာရင်းသွင်းထားသော မော်ဒယ် [{models}] ၏ အလေးချိန်များပေါ်တွင် မမူတည်ပါ- ဤ loss က ပြောင်းရမည့် အလေးချိန်များ ပိုင်ဆိုင်သော မော်ဒယ်များကို စာရင်းသွင်းပါ။',
  },
  // Phases (phases.ts)
  'phases.none': {
    en: 'phases must be a non-empty array of { name, loss, models, optimizer?, learningRate? }',
    my: 'phases သည် { name, loss, models, optimizer?, learningRate? } များပါသော ဗလာမဟုတ်သည့် array ဖြစ်ရမည်',
  },
  'phases.notObject': { en: 'phases[{index}] must be an object { name, loss, models }', my: 'phases[{index}] သည် object { name, loss, models } ဖြစ်ရမည်' },
  'phases.name': { en: "phases[{index}] needs a name, e.g. 'discriminator'", my: "phases[{index}] တွင် အမည် လိုသည်၊ ဥပမာ 'discriminator'" },
  'phases.sameName': {
    en: 'two phases are named "{name}": give each phase its own name',
    my: 'အဆင့် နှစ်ခုကို "{name}" ဟု အမည်ပေးထားသည်- အဆင့်တစ်ခုစီကို ကိုယ်ပိုင်အမည် ပေးပါ',
  },
  'phases.loss': {
    en: 'phase "{phase}": loss must be a function (batch, mode, step) => named loss terms',
    my: 'အဆင့် "{phase}": loss သည် အမည်ပေးထားသော loss အပိုင်းများကို ပြန်ပေးသည့် function (batch, mode, step) => ... ဖြစ်ရမည်',
  },
  'phases.inPhase': { en: 'phase "{phase}": {message}', my: 'အဆင့် "{phase}": {message}' },
  'phases.termTwice': {
    en: 'phase "{phase}" returns the term "{term}", which an earlier phase returns too: name every term once',
    my: 'အဆင့် "{phase}" သည် loss အပိုင်း "{term}" ကို ပြန်ပေးသည်၊ ယခင် အဆင့်တစ်ခုကလည်း ၎င်းကို ပြန်ပေးပြီးဖြစ်သည်- အပိုင်းတစ်ခုစီကို တစ်ကြိမ်သာ အမည်ပေးပါ',
  },
  'phases.total': {
    en: 'phase "{phase}": "{total}" is reserved for the sum of the terms',
    my: 'အဆင့် "{phase}": "{total}" ဆိုသော အမည်ကို အပိုင်းများ၏ ပေါင်းလဒ်အတွက် သီးသန့်ထားသည်',
  },
  // What a loss function returns (lossTerms.ts)
  'lossTerms.notObject': {
    en: 'the loss function must return an object of named scalar tensors, e.g. { reconstruction: tf.scalar }, got {got}',
    my: 'loss function သည် အမည်ပေးထားသော scalar tensor များပါသော object ကို ပြန်ပေးရမည်၊ ဥပမာ { reconstruction: tf.scalar }၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'lossTerms.singleTensor': { en: 'a single tensor', my: 'tensor တစ်ခုတည်း' },
  'lossTerms.empty': {
    en: 'the loss function returned no loss terms (an empty object)',
    my: 'loss function သည် loss အပိုင်း တစ်ခုမျှ ပြန်မပေးပါ (ဗလာ object)',
  },
  'lossTerms.notScalar': {
    en: 'loss term "{name}" must be a scalar tensor (use tf.mean), got {got}',
    my: 'loss အပိုင်း "{name}" သည် scalar tensor ဖြစ်ရမည် (tf.mean ကို သုံးပါ)၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'lossTerms.tensorOfShape': { en: 'a tensor of shape [{shape}]', my: 'shape [{shape}] ရှိသော tensor' },
  'lossTerms.total': {
    en: '"{total}" is reserved for the sum of the loss terms: give that term another name',
    my: '"{total}" ဆိုသော အမည်ကို loss အပိုင်းများ၏ ပေါင်းလဒ်အတွက် သီးသန့်ထားသည်- ထိုအပိုင်းကို အခြားအမည် ပေးပါ',
  },
  'lossTerms.changed': {
    en: 'the loss function must return the same terms for every batch: first [{first}], now [{now}]',
    my: 'loss function သည် batch တိုင်းအတွက် loss အပိုင်း တူတူကို ပြန်ပေးရမည်- ပထမ [{first}]၊ ယခု [{now}]',
  },
  // A loss that became NaN or infinite (lossTerms.ts)
  'nan.message': {
    en: '{run}loss term "{name}" is {value} during {what} at {where}. {notUpdated}Common causes: a learning rate that is too high, log of 0 in a hand-written loss, or inputs that contain NaN.',
    my: '{run}{what} အတွင်း {where} တွင် loss အပိုင်း "{name}" သည် {value} ဖြစ်သွားသည်။ {notUpdated}ဖြစ်လေ့ရှိသော အကြောင်းရင်းများ- learning rate မြင့်လွန်းခြင်း၊ ကိုယ်တိုင်ရေးထားသော loss ထဲတွင် 0 ၏ log ယူမိခြင်း၊ သို့မဟုတ် input များထဲတွင် NaN ပါနေခြင်း။',
  },
  'nan.run': { en: '{run}: ', my: '{run}: ' },
  'nan.where': { en: '{epoch}batch {batch} of {batches}', my: '{epoch}batch {batches} ခုအနက် {batch}' },
  'nan.epoch': { en: 'epoch {epoch}, ', my: 'epoch {epoch}၊ ' },
  'nan.notUpdated': { en: 'The weights were not updated with it. ', my: 'ထိုတန်ဖိုးဖြင့် အလေးချိန်များကို မပြောင်းခဲ့ပါ။ ' },
  'nan.training': { en: 'training', my: 'လေ့ကျင့်ခြင်း' },
  'nan.heldOutEvaluation': { en: 'held-out evaluation', my: 'စစ်ဆေးရေး ဒေတာဖြင့် တိုင်းတာခြင်း' },
  'nan.evaluation': { en: 'evaluation', my: 'တိုင်းတာခြင်း' },
  // Data splits (data.ts)
  'split.inputs': {
    en: '{split}.inputs must be a tf.Tensor of shape [N, ...], got {got}',
    my: '{split}.inputs သည် shape [N, ...] ရှိသော tf.Tensor ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'split.targets': {
    en: '{split}.targets must be a tf.Tensor or left out, got {got}',
    my: '{split}.targets သည် tf.Tensor ဖြစ်ရမည် သို့မဟုတ် ချန်ထားရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'split.disposed': { en: '{split}.{part} has been disposed', my: '{split}.{part} ကို dispose လုပ်ပြီး ဖြစ်နေသည်' },
  'split.empty': {
    en: '{split}.{part} must have shape [N, ...] with N >= 1, got [{shape}]',
    my: '{split}.{part} ၏ shape သည် N >= 1 ရှိသော [N, ...] ဖြစ်ရမည်၊ ရရှိသည်မှာ [{shape}] ဖြစ်သည်',
  },
  'split.count': {
    en: '{split}.targets must have as many examples as {split}.inputs: inputs [{inputs}], targets [{targets}]',
    my: '{split}.targets တွင် {split}.inputs နှင့် ဥပမာ အရေအတွက် တူရမည်- inputs [{inputs}]၊ targets [{targets}]',
  },
  'value.nothing': { en: 'nothing', my: 'ဘာမျှ မပေးပါ' },
  'value.anArray': { en: 'an array', my: 'array တစ်ခု' },
  // Models, optimizers, schedules, seeds and progress
  'models.none': {
    en: 'models must be a non-empty array of tf.LayersModel, e.g. [autoencoder] or [encoder, decoder]',
    my: 'models သည် tf.LayersModel များပါသော ဗလာမဟုတ်သည့် array ဖြစ်ရမည်၊ ဥပမာ [autoencoder] သို့မဟုတ် [encoder, decoder]',
  },
  'models.notModel': { en: 'models[{index}] must be a tf.LayersModel, got {got}', my: 'models[{index}] သည် tf.LayersModel ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'models.frozen': {
    en: 'models [{models}] have no trainable weights (all layers frozen?)',
    my: 'မော်ဒယ် [{models}] တွင် လေ့ကျင့်နိုင်သော အလေးချိန် မရှိပါ (အလွှာအားလုံး freeze လုပ်ထားသလား။)',
  },
  'optimizer.withRate': {
    en: 'learningRate cannot be combined with a ready-made tf.Optimizer: set the rate when creating it',
    my: 'learningRate ကို အသင့်ပြုလုပ်ထားသော tf.Optimizer နှင့် တွဲ၍ မပေးနိုင်ပါ- optimizer ကို ဖန်တီးစဉ်တွင် rate ကို သတ်မှတ်ပါ',
  },
  'optimizer.name': {
    en: 'optimizer must be {names} or a tf.Optimizer, got {got}',
    my: 'optimizer သည် {names} သို့မဟုတ် tf.Optimizer ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'optimizer.rate': { en: 'learningRate must be a positive number, got {got}', my: 'learningRate သည် အပေါင်းကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'schedule.name': { en: 'learningRateSchedule must be {names}, got {got}', my: 'learningRateSchedule သည် {names} ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'schedule.noRate': {
    en: '{optimizer} has no numeric learningRate, so a learning-rate schedule cannot change it',
    my: '{optimizer} တွင် ကိန်းဂဏန်း learningRate မရှိသဖြင့် learning-rate schedule က ၎င်းကို မပြောင်းနိုင်ပါ',
  },
  'seed.env': { en: 'COURSE_SEED must be a whole number, got "{got}"', my: 'COURSE_SEED သည် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ "{got}" ဖြစ်သည်' },
  'seed.integer': { en: 'seed must be an integer, got {got}', my: 'seed သည် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'seed.whole': { en: 'seed must be a whole number, got {got}', my: 'seed သည် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'progress.mode': {
    en: "progress must be 'auto', 'notebook', 'terminal' or 'silent', got {got}",
    my: "progress သည် 'auto'၊ 'notebook'၊ 'terminal' သို့မဟုတ် 'silent' ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်",
  },
  // Loss helpers (losses.ts, vaeLoss.ts, noisyInputs.ts)
  'losses.model': { en: 'reconstructionLoss needs a tf.LayersModel, got {got}', my: 'reconstructionLoss တွင် tf.LayersModel လိုသည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'losses.kind': {
    en: "reconstruction loss must be 'bce' or 'mse', got {got}",
    my: "reconstruction loss သည် 'bce' သို့မဟုတ် 'mse' ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်",
  },
  'losses.outputs': {
    en: 'reconstructionLoss needs a model with one output; "{model}" has {count}',
    my: 'reconstructionLoss တွင် output တစ်ခုတည်းရှိသော မော်ဒယ် လိုသည်၊ "{model}" တွင် {count} ခု ရှိသည်',
  },
  'vaeLoss.sampling': {
    en: "vaeLoss: sampling must be 'consistent' or 'log-sigma-mixup', got {got}",
    my: "vaeLoss: sampling သည် 'consistent' သို့မဟုတ် 'log-sigma-mixup' ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်",
  },
  'vaeLoss.klWarmup': {
    en: 'vaeLoss: klWarmupEpochs must be a number of epochs >= 0, got {got}',
    my: 'vaeLoss: klWarmupEpochs သည် 0 နှင့်အထက် epoch အရေအတွက် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'vaeLoss.klWarmupBatches': {
    en: 'vaeLoss: klWarmupEpochs needs to know the batches per epoch (step.batches), which the course trainer sets',
    my: 'vaeLoss: klWarmupEpochs သည် epoch တစ်ခုလျှင် batch အရေအတွက် (step.batches) ကို သိရန် လိုသည်၊ ၎င်းကို သင်ခန်းစာ၏ trainer က သတ်မှတ်ပေးသည်',
  },
  'noisyInputs.mean': { en: 'noisyInputs: mean must be a finite number, got {got}', my: 'noisyInputs: mean သည် အကန့်အသတ်ရှိ ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'noisyInputs.std': { en: 'noisyInputs: std must be a number >= 0, got {got}', my: 'noisyInputs: std သည် 0 နှင့်အထက် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  // Training on several threads: a thread that fails passes on what went wrong in it
  'threads.place': { en: 'epoch {epoch}, batch {batch}', my: 'epoch {epoch}၊ batch {batch}' },
  'threads.couldNotStart': {
    en: '{name}: training thread {thread} of {threads} could not start: {why}',
    my: '{name}: လေ့ကျင့်ရေး thread {threads} ခုအနက် {thread} ခုမြောက်ကို မစတင်နိုင်ပါ- {why}',
  },
  'threads.failed': {
    en: '{name}: training thread {thread} of {threads} failed at {place}: {message}',
    my: '{name}: လေ့ကျင့်ရေး thread {threads} ခုအနက် {thread} ခုမြောက်သည် {place} တွင် မအောင်မြင်ပါ- {message}',
  },
  'threads.lost': { en: '{message} (at {place})', my: '{message} ({place} တွင်)' },
  // The VAE's maths and the models' builders (lib/models/)
  'vae.zMean': { en: '{where}: zMean must be [N, latentDim], got [{shape}]', my: '{where}: zMean သည် [N, latentDim] ဖြစ်ရမည်၊ ရရှိသည်မှာ [{shape}] ဖြစ်သည်' },
  'vae.zLogVar': {
    en: '{where}: zLogVar must have the shape of zMean [{mean}], got [{shape}]',
    my: '{where}: zLogVar ၏ shape သည် zMean ၏ shape [{mean}] နှင့် တူရမည်၊ ရရှိသည်မှာ [{shape}] ဖြစ်သည်',
  },
  'vae.reconstructions': {
    en: 'vaeLossTerms: reconstructions must have the shape of images [{images}], got [{shape}]',
    my: 'vaeLossTerms: reconstructions ၏ shape သည် images ၏ shape [{images}] နှင့် တူရမည်၊ ရရှိသည်မှာ [{shape}] ဖြစ်သည်',
  },
  'vae.rows': {
    en: 'vaeLossTerms: zMean has {rows} rows but there are {images} images',
    my: 'vaeLossTerms: zMean တွင် အတန်း {rows} တန်း ရှိသော်လည်း ပုံ {images} ပုံ ရှိသည် (တူရမည်)',
  },
  'prior.components': {
    en: 'ringOfGaussians: components must be a whole number >= 1, got {got}',
    my: 'ringOfGaussians: components သည် 1 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'prior.shape': {
    en: 'ringOfGaussians: radius must be >= 0 and spread > 0, got {radius} and {spread}',
    my: 'ringOfGaussians: radius သည် 0 နှင့်အထက်၊ spread သည် 0 ထက်ကြီး ဖြစ်ရမည်၊ ရရှိသည်မှာ {radius} နှင့် {spread} ဖြစ်သည်',
  },
  'prior.sampleCount': { en: 'sample: n must be a whole number >= 1, got {got}', my: 'sample: n သည် 1 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'melodyGru.previousSteps': {
    en: 'previousSteps: expected one-hot melodies [N, steps, classes], got shape [{shape}]',
    my: 'previousSteps: one-hot တေးသွားများ [N, steps, classes] ကို မျှော်လင့်သည်၊ ရရှိသည်မှာ shape [{shape}] ဖြစ်သည်',
  },
  'melodyGru.notRecurrent': {
    en: 'writeMelodies: the decoder must come from melodyGruVae (it has no GRU that writes steps)',
    my: 'writeMelodies: decoder သည် melodyGruVae မှ ဖြစ်ရမည် (၎င်းတွင် အဆင့်များကို ရေးသော GRU မရှိပါ)',
  },
  'melodyGru.codes': {
    en: 'writeMelodies: expected codes [N, latentDim], got shape [{shape}]',
    my: 'writeMelodies: ကုဒ်များ [N, latentDim] ကို မျှော်လင့်သည်၊ ရရှိသည်မှာ shape [{shape}] ဖြစ်သည်',
  },
  'melodyVae.dropout': {
    en: '{builder}: inputDropout must be at least 0 and below 1, got {got}',
    my: '{builder}: inputDropout သည် 0 နှင့်အထက်၊ 1 အောက် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
} satisfies Record<string, Message>;

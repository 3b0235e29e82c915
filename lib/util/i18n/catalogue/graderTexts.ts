/**
 * The graders' check titles (the `it(...)` titles in test/graders/), with their Myanmar text.
 * The English title is the key, as the graders report it; the grading table shows the Myanmar
 * text when the course speaks Myanmar. test/i18n.test.ts checks that every title is here.
 */
export const GRADER_TITLES: Record<string, string> = {
  // The one check of an exercise whose grader could not even start (npm run grade names it so)
  loads: 'load လုပ်နိုင်သည် (ဖိုင်ကို ဖွင့်၍ ရသည်)',
  // 01 · Gaussian noise
  'returns a new tensor of the same shape as the images': 'ပုံများနှင့် shape တူသော tensor အသစ်တစ်ခုကို ပြန်ပေးသည်',
  'adds noise of the requested mean and std, a new value for every pixel': 'တောင်းဆိုထားသော mean နှင့် std ရှိသော ဆူညံသံကို pixel တိုင်းအတွက် တန်ဖိုးအသစ်ဖြင့် ပေါင်းထည့်သည်',
  'clips the result to [0, 1]': 'ရလဒ်ကို [0, 1] အတွင်းသို့ ဖြတ်ညှိ (clip) သည်',
  'draws fresh noise on every call, and the same noise for the same seed': 'ခေါ်တိုင်း ဆူညံသံအသစ် ထုတ်ပြီး seed တူလျှင် ဆူညံသံ တူသည်',
  'leaves the input images unchanged': 'input ပုံများကို မပြောင်းလဲဘဲ ထားသည်',
  'frees its intermediate tensors': 'ကြားခံ tensor များကို ပြန်လွှတ်ပေးသည်',
  // 02 · downsample
  'maps [N,28,28,1] to [N,14,14,1]': '[N,28,28,1] ကို [N,14,14,1] သို့ ပြောင်းသည်',
  'averages each 2x2 block (exact values on a known image)': '2x2 အကွက်တိုင်းကို ပျမ်းမျှယူသည် (သိပြီးသား ပုံတစ်ပုံပေါ်တွင် တန်ဖိုး အတိအကျ)',
  'matches 2x2 averages on random images with several channels': 'channel အများအပြားပါသော ကျပန်းပုံများပေါ်တွင် 2x2 ပျမ်းမျှများနှင့် ကိုက်ညီသည်',
  // 03 · conv autoencoder
  'the encoder maps images [N,28,28,1] to codes [N,4,4,8]': 'အင်ကိုဒါသည် ပုံများ [N,28,28,1] ကို ကုဒ်များ [N,4,4,8] သို့ ပြောင်းသည်',
  'the decoder maps codes [N,4,4,8] to images [N,28,28,1]': 'ဒီကိုဒါသည် ကုဒ်များ [N,4,4,8] ကို ပုံများ [N,28,28,1] သို့ ပြောင်းသည်',
  'the decoder ends with a sigmoid: every output pixel lies in [0, 1]': 'ဒီကိုဒါသည် sigmoid ဖြင့် ဆုံးသည်- output pixel တိုင်း [0, 1] အတွင်း ရှိသည်',
  "the encoder has the lesson's 1,904 weights": 'အင်ကိုဒါတွင် သင်ခန်းစာ၏ အလေးချိန် 1,904 ခု ရှိသည်',
  "the decoder has the lesson's 2,481 weights": 'ဒီကိုဒါတွင် သင်ခန်းစာ၏ အလေးချိန် 2,481 ခု ရှိသည်',
  'encoder and decoder together learn to reconstruct images (short training)': 'အင်ကိုဒါနှင့် ဒီကိုဒါ ပေါင်း၍ ပုံများကို ပြန်လည်ဖန်တီးတတ်လာသည် (ခဏတာ လေ့ကျင့်ခြင်း)',
  // 04 · 2-D bottleneck
  'buildBottleneck2d returns an encoder, a decoder and an autoencoder': 'buildBottleneck2d သည် အင်ကိုဒါ၊ ဒီကိုဒါနှင့် အော်တိုအင်ကိုဒါကို ပြန်ပေးသည်',
  'the encoder maps images [N,28,28,1] to 2-D codes [N,2]': 'အင်ကိုဒါသည် ပုံများ [N,28,28,1] ကို 2-D ကုဒ်များ [N,2] သို့ ပြောင်းသည်',
  'the decoder maps codes [N,2] to images [N,28,28,1] with values in [0, 1]': 'ဒီကိုဒါသည် ကုဒ်များ [N,2] ကို တန်ဖိုးများ [0, 1] အတွင်းရှိသော ပုံများ [N,28,28,1] သို့ ပြောင်းသည်',
  'the autoencoder is decoder(encoder(x)) with the same weights': 'အော်တိုအင်ကိုဒါသည် တူညီသော အလေးချိန်များဖြင့် decoder(encoder(x)) ဖြစ်သည်',
  "encodeToPoints gives the encoder's 2-D code of every image, [N,2]": 'encodeToPoints သည် ပုံတိုင်း၏ အင်ကိုဒါ 2-D ကုဒ် [N,2] ကို ပေးသည်',
  'encodeToPoints uses zMean for a VAE encoder with outputs [zMean, zLogVar]': 'output [zMean, zLogVar] ရှိသော VAE အင်ကိုဒါအတွက် encodeToPoints သည် zMean ကို သုံးသည်',
  'encodeToPoints refuses an encoder whose codes are not 2-D, with a clear error': 'encodeToPoints သည် 2-D မဟုတ်သော ကုဒ်ထုတ်သည့် အင်ကိုဒါကို ရှင်းလင်းသော error ဖြင့် ငြင်းပယ်သည်',
  'encodeToPoints frees everything it does not return': 'encodeToPoints သည် ပြန်မပေးသော အရာအားလုံးကို ပြန်လွှတ်ပေးသည်',
  'after a short training, it rebuilds images better than the average image does': 'ခဏတာ လေ့ကျင့်ပြီးနောက် ပျမ်းမျှပုံထက် ပုံများကို ပိုကောင်းစွာ ပြန်လည်ဖန်တီးသည်',
  // 05 · latent noise
  'perturbLatent keeps the shape [N, latentDim]': 'perturbLatent သည် shape [N, latentDim] ကို ထိန်းထားသည်',
  'perturbLatent with std = 0 gives the codes back unchanged': 'std = 0 ဖြစ်လျှင် perturbLatent သည် ကုဒ်များကို မပြောင်းလဲဘဲ ပြန်ပေးသည်',
  'perturbLatent adds noise of mean 0 and standard deviation std to every number': 'perturbLatent သည် ကိန်းတိုင်းသို့ mean 0၊ စံသွေဖည်မှု std ရှိသော ဆူညံသံကို ပေါင်းထည့်သည်',
  'perturbLatent draws fresh noise each call, and the same noise for the same seed': 'perturbLatent သည် ခေါ်တိုင်း ဆူညံသံအသစ် ထုတ်ပြီး seed တူလျှင် ဆူညံသံ တူသည်',
  'perturbLatent leaves the input codes as they were': 'perturbLatent သည် input ကုဒ်များကို မူလအတိုင်း ထားသည်',
  'decodeWithLatentNoise decodes the perturbed codes': 'decodeWithLatentNoise သည် ဆူညံသံထည့်ထားသော ကုဒ်များကို ပြန်ဖော်သည်',
  'decodeWithLatentNoise gives the same images for the same seed': 'seed တူလျှင် decodeWithLatentNoise သည် ပုံများ တူသည်',
  'both functions free their intermediate tensors': 'function နှစ်ခုစလုံး ကြားခံ tensor များကို ပြန်လွှတ်ပေးသည်',
  // 06 · KL divergence
  'returns one value per image, shape [N]': 'ပုံတစ်ပုံလျှင် တန်ဖိုးတစ်ခု၊ shape [N] ကို ပြန်ပေးသည်',
  'is 0 for the standard normal itself (zMean = 0, zLogVar = 0)': 'စံ ပုံမှန်ဖြန့်ဖြူးမှု ကိုယ်တိုင်အတွက် (zMean = 0, zLogVar = 0) 0 ဖြစ်သည်',
  'matches the formula on random means and log-variances': 'ကျပန်း mean နှင့် log-variance များပေါ်တွင် ပုံသေနည်းနှင့် ကိုက်ညီသည်',
  'is positive whenever the distribution differs from N(0, 1)': 'ဖြန့်ဖြူးမှုသည် N(0, 1) နှင့် ကွာခြားတိုင်း အပေါင်း ဖြစ်သည်',
  // 07 · reparameterize
  'returns one code per image, shape [N, latentDim]': 'ပုံတစ်ပုံလျှင် ကုဒ်တစ်ခု၊ shape [N, latentDim] ကို ပြန်ပေးသည်',
  'samples have mean zMean and standard deviation exp(0.5 * zLogVar)': 'ထုတ်ယူထားသော နမူနာများ၏ mean သည် zMean၊ စံသွေဖည်မှုသည် exp(0.5 * zLogVar) ဖြစ်သည်',
  'draws an independent eps for every number': 'ကိန်းတိုင်းအတွက် သီးခြား eps တစ်ခုစီ ထုတ်ယူသည်',
  'gradients flow back to zMean and zLogVar': 'gradient များသည် zMean နှင့် zLogVar ဆီသို့ ပြန်စီးဆင်းသည်',
  'the same seed gives the same sample; no seed gives a new one each call': 'seed တူလျှင် နမူနာ တူသည်၊ seed မပေးလျှင် ခေါ်တိုင်း အသစ်ရသည်',
  // 08 · VAE loss
  'returns three scalars: reconstruction, kl and total': 'scalar သုံးခု ပြန်ပေးသည်- reconstruction၊ kl နှင့် total',
  'reconstruction is the sum of squared errors of each image, averaged over the batch': 'reconstruction သည် ပုံတစ်ပုံချင်း၏ အမှားနှစ်ထပ်ကိန်း ပေါင်းလဒ်ကို batch ပေါ်တွင် ပျမ်းမျှထားခြင်း ဖြစ်သည်',
  'reconstruction works for any image size (e.g. 4x4 colour images)': 'reconstruction သည် မည်သည့် ပုံအရွယ်အစားအတွက်မဆို အလုပ်လုပ်သည် (ဥပမာ 4x4 အရောင်ပုံများ)',
  'kl is the KL divergence of each image, averaged over the batch': 'kl သည် ပုံတစ်ပုံချင်း၏ KL divergence ကို batch ပေါ်တွင် ပျမ်းမျှထားခြင်း ဖြစ်သည်',
  'total is reconstruction + kl': 'total သည် reconstruction + kl ဖြစ်သည်',
  'gradients of total reach the reconstructions, zMean and zLogVar': 'total ၏ gradient များသည် ပြန်လည်ဖန်တီးထားသော ပုံများ၊ zMean နှင့် zLogVar ဆီသို့ ရောက်သည်',
  // 09 · CNN VAE
  'buildCnnVae returns an encoder and a decoder': 'buildCnnVae သည် အင်ကိုဒါနှင့် ဒီကိုဒါကို ပြန်ပေးသည်',
  'the encoder maps images [N,28,28,1] to [zMean, zLogVar], each [N, latentDim]': 'အင်ကိုဒါသည် ပုံများ [N,28,28,1] ကို [zMean, zLogVar] (တစ်ခုစီ [N, latentDim]) သို့ ပြောင်းသည်',
  'the decoder maps codes [N, latentDim] to images [N,28,28,1] with values in [0, 1]': 'ဒီကိုဒါသည် ကုဒ်များ [N, latentDim] ကို တန်ဖိုးများ [0, 1] အတွင်းရှိသော ပုံများ [N,28,28,1] သို့ ပြောင်းသည်',
  'encoder and decoder are convolutional: most of their work is convolution':
    'အင်ကိုဒါနှင့် ဒီကိုဒါသည် ကွန်ဗိုလူးရှင်း (convolutional) ကွန်ယက်များ ဖြစ်သည်- ၎င်းတို့၏ အလုပ် အများစုမှာ ကွန်ဗိုလူးရှင်း ဖြစ်သည်',
  'zLogVar can be negative (it is a log-variance, so its head has no activation)':
    'zLogVar သည် အနုတ်ကိန်း ဖြစ်နိုင်သည် (log-variance ဖြစ်သဖြင့် ၎င်းကို ထုတ်ပေးသော အလွှာတွင် activation မရှိပါ)',
  'a short VAE training brings the loss (reconstruction + KL) well down': 'ခဏတာ VAE လေ့ကျင့်ခြင်းက loss (reconstruction + KL) ကို သိသိသာသာ လျှော့ချသည်',
  // 10 · other datasets
  'the denoiser maps images [N,28,28,1] to images [N,28,28,1] in [0, 1]': 'ဆူညံသံဖယ်ကွန်ယက်သည် ပုံများ [N,28,28,1] ကို [0, 1] အတွင်းရှိ ပုံများ [N,28,28,1] သို့ ပြောင်းသည်',
  'the denoiser removes most of the noise after a short training': 'ခဏတာ လေ့ကျင့်ပြီးနောက် ဆူညံသံဖယ်ကွန်ယက်သည် ဆူညံသံ အများစုကို ဖယ်ရှားသည်',
  'the 2x model maps [N,16,16,3] to [N,32,32,3] in [0, 1]': '2x မော်ဒယ်သည် [N,16,16,3] ကို [0, 1] အတွင်းရှိ [N,32,32,3] သို့ ပြောင်းသည်',
  'the 4x model maps [N,8,8,3] to [N,32,32,3] in [0, 1]': '4x မော်ဒယ်သည် [N,8,8,3] ကို [0, 1] အတွင်းရှိ [N,32,32,3] သို့ ပြောင်းသည်',
  'the 2x model learns to upscale colour images (short training)': '2x မော်ဒယ်သည် အရောင်ပုံများကို ချဲ့တတ်လာသည် (ခဏတာ လေ့ကျင့်ခြင်း)',
  'the 4x model learns to upscale colour images (short training)': '4x မော်ဒယ်သည် အရောင်ပုံများကို ချဲ့တတ်လာသည် (ခဏတာ လေ့ကျင့်ခြင်း)',
  // 11 · adversarial autoencoder
  "discriminatorLoss returns a scalar":
    "discriminatorLoss သည် scalar တစ်ခု ပြန်ပေးသည်",
  "discriminatorLoss calls prior samples real (1) and codes fake (0)":
    "discriminatorLoss သည် prior နမူနာများကို အစစ် (1)၊ ကုဒ်များကို အတု (0) ဟု သတ်မှတ်သည်",
  "discriminatorLoss matches the cross-entropy on random logits":
    "ကျပန်း logit များပေါ်တွင် discriminatorLoss သည် cross-entropy နှင့် ကိုက်ညီသည်",
  "discriminatorLoss frees its intermediate tensors":
    "discriminatorLoss သည် ကြားခံ tensor များကို ပြန်လွှတ်ပေးသည်",
  "the discriminator phase changes the discriminator and nothing else":
    "ခွဲခြားသူ (discriminator) အဆင့်သည် ခွဲခြားသူကိုသာ ပြောင်းပြီး အခြား ဘာမျှ မပြောင်းပါ",
  "after training, the discriminator tells prior samples (real) from codes (fake)":
    "လေ့ကျင့်ပြီးနောက် ခွဲခြားသူသည် prior နမူနာများ (အစစ်) ကို ကုဒ်များ (အတု) မှ ခွဲခြားနိုင်သည်",
};

/**
 * The graders' hints (the last argument of `fail` and the `expect...` helpers), with their
 * Myanmar text; the English hint is the key. A hint not listed here is shown in English.
 */
export const GRADER_HINTS: Record<string, string> = {
  "use options.std as the third argument of tf.randomNormal: it is the standard deviation itself (not the variance, not always 1); draw one value per pixel.":
    "options.std ကို tf.randomNormal ၏ တတိယ argument အဖြစ် သုံးပါ- ၎င်းသည် စံသွေဖည်မှု ကိုယ်တိုင် ဖြစ်သည် (variance မဟုတ်၊ အမြဲ 1 မဟုတ်)။ pixel တစ်ခုလျှင် တန်ဖိုးတစ်ခု ထုတ်ပါ။",
  "add noise drawn from N(mean, std²): tf.randomNormal(images.shape, mean, std).":
    "N(mean, std²) မှ ထုတ်ထားသော ဆူညံသံကို ပေါင်းထည့်ပါ- tf.randomNormal(images.shape, mean, std)။",
  "draw a noise tensor of the full shape [N,H,W,C], not one number per image or per batch.":
    "ပုံတစ်ပုံ သို့မဟုတ် batch တစ်ခုလျှင် ကိန်းတစ်လုံးသာ မဟုတ်ဘဲ shape အပြည့် [N,H,W,C] ရှိသော ဆူညံသံ tensor ကို ထုတ်ပါ။",
  "clipByValue(0, 1).":
    "clipByValue(0, 1)။",
  "clip the noisy images to [0, 1].":
    "ဆူညံသံထည့်ထားသော ပုံများကို [0, 1] အတွင်းသို့ ဖြတ်ညှိ (clip) ပါ။",
  "clip, do not rescale: values below 0 become exactly 0, values above 1 exactly 1, the rest stay as they are.":
    "ဖြတ်ညှိပါ၊ စကေး မပြောင်းပါနှင့်- 0 အောက် တန်ဖိုးများသည် 0 အတိအကျ၊ 1 အထက် တန်ဖိုးများသည် 1 အတိအကျ ဖြစ်ရမည်၊ ကျန်တန်ဖိုးများ မပြောင်းရ။",
  "draw the noise inside the function on every call (no fixed seed, no noise tensor made once and reused).":
    "ခေါ်တိုင်း function အတွင်း၌ ဆူညံသံကို ထုတ်ပါ (ပုံသေ seed မသုံးရ၊ တစ်ကြိမ်တည်း ထုတ်ပြီး ပြန်သုံးသော ဆူညံသံ tensor မသုံးရ)။",
  "pass the seed on: tf.randomNormal(images.shape, mean, std, \"float32\", seed).":
    "seed ကို ဆက်ပေးပါ- tf.randomNormal(images.shape, mean, std, \"float32\", seed)။",
  "pass the seed itself to tf.randomNormal.":
    "seed ကိုယ်တိုင်ကို tf.randomNormal သို့ ပေးပါ။",
  "return a new tensor: images.add(noise)...":
    "tensor အသစ်တစ်ခု ပြန်ပေးပါ- images.add(noise)...",
  "only dispose tensors you made yourself; tf.tidy does that for you.":
    "သင်ကိုယ်တိုင် ဖန်တီးထားသော tensor များကိုသာ dispose လုပ်ပါ- tf.tidy က ထိုအလုပ်ကို လုပ်ပေးသည်။",
  "compute a new tensor; never write into the input.":
    "tensor အသစ်တစ်ခု တွက်ပါ၊ input ထဲသို့ ဘယ်တော့မှ မရေးပါနှင့်။",
  "halve height and width only; keep N and C.":
    "အမြင့်နှင့် အကျယ်ကိုသာ ထက်ဝက်ချုံ့ပါ၊ N နှင့် C ကို မပြောင်းပါနှင့်။",
  "pool 2x2 blocks with stride 2: tf.avgPool(images, 2, 2, \"valid\").":
    "2x2 အကွက်များကို stride 2 ဖြင့် pool လုပ်ပါ- tf.avgPool(images, 2, 2, \"valid\")။",
  "average the four pixels (2i, 2j), (2i, 2j+1), (2i+1, 2j), (2i+1, 2j+1); not the maximum, not one of them.":
    "pixel လေးခု (2i, 2j), (2i, 2j+1), (2i+1, 2j), (2i+1, 2j+1) ကို ပျမ်းမျှယူပါ- အကြီးဆုံး တန်ဖိုး မဟုတ်၊ ၎င်းတို့ထဲမှ တစ်ခုတည်း မဟုတ်။",
  "average non-overlapping 2x2 blocks (stride 2), not the maximum.":
    "မထပ်သော 2x2 အကွက်များ (stride 2) ကို ပျမ်းမျှယူပါ၊ အကြီးဆုံး တန်ဖိုး မဟုတ်။",
  "pool every channel on its own: do not mix colour channels or images.":
    "channel တစ်ခုချင်းကို သီးခြား pool လုပ်ပါ- အရောင် channel များ သို့မဟုတ် ပုံများကို မရောပါနှင့်။",
  "build it with tf.sequential({ layers: [...] }) or tf.model({ inputs, outputs }) and return it.":
    "tf.sequential({ layers: [...] }) သို့မဟုတ် tf.model({ inputs, outputs }) ဖြင့် တည်ဆောက်ပြီး ပြန်ပေးပါ။",
  "the model needs exactly one output.":
    "မော်ဒယ်တွင် output တစ်ခုတည်း အတိအကျ ရှိရမည်။",
  "three 2x2 max poolings with padding \"same\" take 28 -> 14 -> 7 -> 4; the last conv has 8 filters.":
    "padding \"same\" ပါသော 2x2 max pooling သုံးခုက 28 -> 14 -> 7 -> 4 ဖြစ်စေသည်၊ နောက်ဆုံး conv တွင် filter 8 ခု ရှိသည်။",
  "three 2x upsamplings give 4 -> 8 -> 16 -> 32; the conv with 16 filters needs padding \"valid\" (16 -> 14) so the last upsampling lands on 28; the last conv has 1 filter.":
    "2x upsampling သုံးခုက 4 -> 8 -> 16 -> 32 ဖြစ်စေသည်၊ filter 16 ခုပါ conv တွင် padding \"valid\" (16 -> 14) လိုသဖြင့် နောက်ဆုံး upsampling သည် 28 ပေါ်သို့ ကျရောက်သည်၊ နောက်ဆုံး conv တွင် filter 1 ခု ရှိသည်။",
  "give the last conv activation: \"sigmoid\".":
    "နောက်ဆုံး conv ကို activation: \"sigmoid\" ပေးပါ။",
  "end the decoder with activation \"sigmoid\" on its last conv; a linear output can leave [0, 1].":
    "ဒီကိုဒါကို ၎င်း၏ နောက်ဆုံး conv ပေါ်တွင် activation \"sigmoid\" ဖြင့် အဆုံးသတ်ပါ- linear output သည် [0, 1] အပြင်သို့ ထွက်နိုင်သည်။",
  "check the activations (ReLU inside, sigmoid at the end) and that the decoder starts from the encoder's 4x4x8 code.":
    "activation များကို စစ်ဆေးပါ (အတွင်းတွင် ReLU၊ အဆုံးတွင် sigmoid)၊ ဒီကိုဒါသည် အင်ကိုဒါ၏ 4x4x8 ကုဒ်မှ စတင်ကြောင်းလည်း စစ်ပါ။",
  "flatten the image, then end with a dense layer of 2 units.":
    "ပုံကို တန်းတစ်တန်းတည်း ဖြန့် (flatten) ပြီး unit 2 ခုပါ dense အလွှာဖြင့် အဆုံးသတ်ပါ။",
  "end with Dense 784 (sigmoid) and Reshape to [28,28,1].":
    "Dense 784 (sigmoid) ဖြင့် အဆုံးသတ်ပြီး [28,28,1] သို့ Reshape လုပ်ပါ။",
  "the last dense layer needs activation: \"sigmoid\".":
    "နောက်ဆုံး dense အလွှာတွင် activation: \"sigmoid\" လိုသည်။",
  "build the autoencoder from the encoder and decoder objects themselves (apply them to a tf.input, or tf.sequential({ layers: [encoder, decoder] })), not from new layers.":
    "အော်တိုအင်ကိုဒါကို အလွှာအသစ်များမှ မဟုတ်ဘဲ encoder နှင့် decoder object ကိုယ်တိုင်မှ တည်ဆောက်ပါ (၎င်းတို့ကို tf.input ပေါ်တွင် apply လုပ်ပါ၊ သို့မဟုတ် tf.sequential({ layers: [encoder, decoder] }))။",
  "return the encoder's output for all the images: encoder.predict(images, { batchSize: 256 }).":
    "ပုံအားလုံးအတွက် အင်ကိုဒါ၏ output ကို ပြန်ပေးပါ- encoder.predict(images, { batchSize: 256 })။",
  "give each image's code in the order of the images; do not shuffle, normalise or round.":
    "ပုံတစ်ပုံချင်း၏ ကုဒ်ကို ပုံများ၏ အစဉ်အတိုင်း ပေးပါ- မရောမွှေ၊ normalise မလုပ်၊ ကိန်းပြည့် မလုပ်ပါနှင့်။",
  "encoder.predict gives an array [zMean, zLogVar] for a VAE encoder: keep zMean (the first) and dispose the other.":
    "VAE အင်ကိုဒါအတွက် encoder.predict သည် array [zMean, zLogVar] ကို ပေးသည်- zMean (ပထမ) ကို ထားပြီး ကျန်တစ်ခုကို dispose လုပ်ပါ။",
  "plot zMean, the first of the two outputs.":
    "output နှစ်ခုအနက် ပထမ ဖြစ်သော zMean ကို ဆွဲပြပါ။",
  "say that 2 numbers per image ([N,2]) were expected and what shape came out.":
    "ပုံတစ်ပုံလျှင် ကိန်း 2 လုံး ([N,2]) ကို မျှော်လင့်ကြောင်းနှင့် မည်သည့် shape ထွက်လာကြောင်း ပြောပါ။",
  "check codes.shape and throw new Error(`... expected [N,2], got [...]`) when it is not [N,2].":
    "codes.shape ကို စစ်ပြီး [N,2] မဟုတ်လျှင် throw new Error(`... expected [N,2], got [...]`) လုပ်ပါ။",
  "with a 2-number code the layers around it must do the work: put a hidden Dense layer with ReLU (e.g. 128 units) before and after the code, and keep the code layer linear.":
    "ကိန်း 2 လုံးသာပါသော ကုဒ်တွင် ၎င်း၏ ဘေးရှိ အလွှာများက အလုပ်လုပ်ရမည်- ကုဒ်၏ ရှေ့နှင့် နောက်တွင် ReLU ပါ Dense အလွှာ (ဥပမာ unit 128 ခု) ထည့်ပြီး ကုဒ်အလွှာကို linear အဖြစ် ထားပါ။",
  "add noise of the same shape as the codes.":
    "ကုဒ်များနှင့် shape တူသော ဆူညံသံကို ပေါင်းထည့်ပါ။",
  "return decoder.predict(perturbed codes).":
    "decoder.predict(perturbed codes) ကို ပြန်ပေးပါ။",
  "noise with standard deviation 0 is all zeros: tf.randomNormal(shape, 0, std).":
    "စံသွေဖည်မှု 0 ရှိသော ဆူညံသံသည် သုညချည်း ဖြစ်သည်- tf.randomNormal(shape, 0, std)။",
  "the noise is centred on 0: N(0, std²).":
    "ဆူညံသံ၏ ဗဟိုသည် 0 ဖြစ်သည်- N(0, std²)။",
  "std is the standard deviation itself: tf.randomNormal(codes.shape, 0, std) (not std², not sqrt(std)).":
    "std သည် စံသွေဖည်မှု ကိုယ်တိုင် ဖြစ်သည်- tf.randomNormal(codes.shape, 0, std) (std² မဟုတ်၊ sqrt(std) မဟုတ်)။",
  "draw noise of the full shape [N, latentDim], not one value per coordinate shared by every code.":
    "ကုဒ်တိုင်းက မျှဝေသုံးသော ကိုဩဒိနိတ်တစ်ခုလျှင် တန်ဖိုးတစ်ခုသာ မဟုတ်ဘဲ shape အပြည့် [N, latentDim] ရှိသော ဆူညံသံကို ထုတ်ပါ။",
  "without a seed, draw new noise on every call.":
    "seed မပေးလျှင် ခေါ်တိုင်း ဆူညံသံအသစ် ထုတ်ပါ။",
  "pass the seed on: tf.randomNormal(codes.shape, 0, std, \"float32\", seed).":
    "seed ကို ဆက်ပေးပါ- tf.randomNormal(codes.shape, 0, std, \"float32\", seed)။",
  "return a new tensor: codes.add(noise).":
    "tensor အသစ်တစ်ခု ပြန်ပေးပါ- codes.add(noise)။",
  "decode the codes with decoder.predict(...).":
    "ကုဒ်များကို decoder.predict(...) ဖြင့် ပြန်ဖော်ပါ။",
  "perturb the codes with N(0, std²) before decoding them (not the images after).":
    "ကုဒ်များကို ပြန်မဖော်မီ N(0, std²) ဖြင့် ဆူညံသံ ထည့်ပါ (ပြန်ဖော်ပြီးသော ပုံများကို မဟုတ်)။",
  "add the noise to the codes, not to the decoded images.":
    "ဆူညံသံကို ပြန်ဖော်ပြီးသော ပုံများထဲသို့ မဟုတ်ဘဲ ကုဒ်များထဲသို့ ထည့်ပါ။",
  "pass the seed on to perturbLatent.":
    "seed ကို perturbLatent သို့ ဆက်ပေးပါ။",
  "without a seed, the noise must be new on every call.":
    "seed မပေးလျှင် ခေါ်တိုင်း ဆူညံသံ အသစ် ဖြစ်ရမည်။",
  "sum over the latent axis (axis 1), not over everything.":
    "latent axis (axis 1) ပေါ်တွင်သာ ပေါင်းပါ၊ အားလုံးပေါ်တွင် မပေါင်းပါနှင့်။",
  "check the \"1 +\" and the exp(zLogVar) terms.":
    "\"1 +\" အပိုင်းနှင့် exp(zLogVar) အပိုင်းကို စစ်ဆေးပါ။",
  "use -0.5 * sum(1 + zLogVar - zMean^2 - exp(zLogVar)); zLogVar is a log-VARIANCE, so no extra factor 2.":
    "-0.5 * sum(1 + zLogVar - zMean^2 - exp(zLogVar)) ကို သုံးပါ- zLogVar သည် log-VARIANCE ဖြစ်သဖြင့် factor 2 ထပ်မထည့်ရ။",
  "the sign: KL = -0.5 * sum(...), with a minus.":
    "လက္ခဏာ (sign)- KL = -0.5 * sum(...)၊ အနုတ်လက္ခဏာ ပါရမည်။",
  "z has the shape of zMean.":
    "z ၏ shape သည် zMean ၏ shape နှင့် တူသည်။",
  "draw eps with the full shape [N, latentDim] of zMean, a new number for every image and dimension, not one eps for the whole batch.":
    "eps ကို zMean ၏ shape အပြည့် [N, latentDim] ဖြင့် ထုတ်ပါ- ပုံတိုင်း၊ dimension တိုင်းအတွက် ကိန်းအသစ်တစ်လုံးစီ၊ batch တစ်ခုလုံးအတွက် eps တစ်ခုတည်း မဟုတ်။",
  "z = zMean + sigma * eps, with eps from N(0, 1), whose mean is 0: tf.randomNormal, not tf.randomUniform (mean 0.5).":
    "z = zMean + sigma * eps၊ eps ကို mean 0 ရှိသော N(0, 1) မှ ထုတ်ရမည်- tf.randomNormal ကို သုံးပါ၊ tf.randomUniform (mean 0.5) မဟုတ်။",
  "zLogVar is log(sigma²), so sigma = exp(0.5 * zLogVar). Using exp(zLogVar) as sigma (the lesson's original mix-up) spreads the samples by sigma² instead: here 4 instead of 2 in dimension 1 and e^-2 = 0.14 instead of e^-1 = 0.37 in dimension 2.":
    "zLogVar သည် log(sigma²) ဖြစ်သဖြင့် sigma = exp(0.5 * zLogVar)။ exp(zLogVar) ကို sigma အဖြစ် သုံးခြင်း (သင်ခန်းစာ၏ မူလ ရောထွေးမှု) သည် နမူနာများကို sigma² ဖြင့် ပျံ့နှံ့စေသည်- ဤနေရာတွင် dimension 1 ၌ 2 အစား 4၊ dimension 2 ၌ e^-1 = 0.37 အစား e^-2 = 0.14 ဖြစ်သည်။",
  "draw eps from the standard normal N(0, 1): tf.randomNormal(zMean.shape), not tf.randomUniform.":
    "eps ကို စံ ပုံမှန်ဖြန့်ဖြူးမှု N(0, 1) မှ ထုတ်ပါ- tf.randomNormal(zMean.shape)၊ tf.randomUniform မဟုတ်။",
  "draw eps from the standard normal: tf.randomNormal(zMean.shape, 0, 1).":
    "eps ကို စံ ပုံမှန်ဖြန့်ဖြူးမှုမှ ထုတ်ပါ- tf.randomNormal(zMean.shape, 0, 1)။",
  "draw eps with the full shape of zMean: tf.randomNormal(zMean.shape), not one number per image.":
    "eps ကို zMean ၏ shape အပြည့်ဖြင့် ထုတ်ပါ- tf.randomNormal(zMean.shape)၊ ပုံတစ်ပုံလျှင် ကိန်းတစ်လုံးသာ မဟုတ်။",
  "add zMean to the scaled noise as a tensor operation: zMean.add(...).":
    "zMean ကို စကေးချထားသော ဆူညံသံနှင့် tensor operation ဖြင့် ပေါင်းပါ- zMean.add(...)။",
  "multiply exp(0.5 * zLogVar) by eps drawn from N(0, 1), whose mean is 0 (tf.randomNormal, not tf.randomUniform).":
    "exp(0.5 * zLogVar) ကို mean 0 ရှိသော N(0, 1) မှ ထုတ်ထားသည့် eps ဖြင့် မြှောက်ပါ (tf.randomNormal၊ tf.randomUniform မဟုတ်)။",
  "pass the seed on: tf.randomNormal(zMean.shape, 0, 1, \"float32\", seed).":
    "seed ကို ဆက်ပေးပါ- tf.randomNormal(zMean.shape, 0, 1, \"float32\", seed)။",
  "without a seed, draw new eps on every call.":
    "seed မပေးလျှင် ခေါ်တိုင်း eps အသစ် ထုတ်ပါ။",
  "average the per-image values over the batch with .mean().":
    "ပုံတစ်ပုံချင်း၏ တန်ဖိုးများကို batch ပေါ်တွင် .mean() ဖြင့် ပျမ်းမျှယူပါ။",
  "per image, SUM the squared errors over all its pixels (784 × 0.25 = 196 for image 0), then take the MEAN over the images. 0.13 means you averaged over the pixels too; 203.8 means you summed over the batch.":
    "ပုံတစ်ပုံချင်းအတွက် ၎င်း၏ pixel အားလုံးပေါ်ရှိ အမှား နှစ်ထပ်ကိန်းများကို ပေါင်း (SUM) ပါ (ပုံ 0 အတွက် 784 × 0.25 = 196)၊ ထို့နောက် ပုံများပေါ်တွင် ပျမ်းမျှ (MEAN) ယူပါ။ 0.13 ဆိုလျှင် pixel များပေါ်တွင်ပါ ပျမ်းမျှယူမိခြင်း ဖြစ်သည်၊ 203.8 ဆိုလျှင် batch ပေါ်တွင် ပေါင်းမိခြင်း ဖြစ်သည်။",
  "sum over every value of an image (all axes but the first), whatever its shape; do not hard-code 784.":
    "ပုံတစ်ပုံ၏ တန်ဖိုးတိုင်းပေါ်တွင် (ပထမ axis မှလွဲ၍ axis အားလုံး) ပေါင်းပါ၊ shape မည်သို့ပင် ဖြစ်စေ- 784 ကို ပုံသေ မရေးပါနှင့်။",
  "per image -0.5 * sum(1 + zLogVar - zMean² - exp(zLogVar)) over the latent axis, then the mean over the images (not the sum).":
    "ပုံတစ်ပုံချင်းအတွက် latent axis ပေါ်တွင် -0.5 * sum(1 + zLogVar - zMean² - exp(zLogVar))၊ ထို့နောက် ပုံများပေါ်တွင် ပျမ်းမျှ (ပေါင်းလဒ် မဟုတ်)။",
  "return reconstruction.add(kl) as total.":
    "reconstruction.add(kl) ကို total အဖြစ် ပြန်ပေးပါ။",
  "use tensor operations only (no dataSync inside), with the sum over pixels and the mean over images.":
    "tensor operation များသာ သုံးပါ (အတွင်းတွင် dataSync မသုံးရ)၊ pixel များပေါ်တွင် ပေါင်းလဒ်၊ ပုံများပေါ်တွင် ပျမ်းမျှ။",
  "the KL term must be built from zMean with tensor operations.":
    "KL အပိုင်းကို zMean မှ tensor operation များဖြင့် တည်ဆောက်ရမည်။",
  "the KL term must be built from zLogVar with tensor operations.":
    "KL အပိုင်းကို zLogVar မှ tensor operation များဖြင့် တည်ဆောက်ရမည်။",
  "feed the same features into two Dense(latentDim) layers and build tf.model({ inputs, outputs: [zMean, zLogVar] }).":
    "တူညီသော feature များကို Dense(latentDim) အလွှာ နှစ်ခုထဲသို့ ထည့်ပြီး tf.model({ inputs, outputs: [zMean, zLogVar] }) ကို တည်ဆောက်ပါ။",
  "each head is a Dense layer with latentDim units.":
    "head တစ်ခုစီသည် unit latentDim ခုပါ Dense အလွှာ ဖြစ်သည်။",
  "reshape to 7x7xC, upsample twice to 28x28 and end with a 1-filter conv.":
    "7x7xC သို့ reshape လုပ်ပြီး နှစ်ကြိမ် upsample လုပ်၍ 28x28 ရောက်စေကာ filter 1 ခုပါ conv ဖြင့် အဆုံးသတ်ပါ။",
  "give the last layer activation: \"sigmoid\".":
    "နောက်ဆုံး အလွှာကို activation: \"sigmoid\" ပေးပါ။",
  "the assignment is a CNN-based VAE: read the image with 3x3 tf.layers.conv2d layers (stride 2 shrinks it) and keep the dense layers after them small.":
    "assignment သည် CNN အခြေခံ VAE ဖြစ်သည်- ပုံကို 3x3 tf.layers.conv2d အလွှာများဖြင့် ဖတ်ပါ (stride 2 က ချုံ့ပေးသည်)၊ ၎င်းတို့နောက်ရှိ dense အလွှာများကို သေးငယ်အောင် ထားပါ။",
  "grow the image back with upSampling2d + 3x3 conv2d (or conv2dTranspose) layers; a dense layer should only make the small first feature map.":
    "ပုံကို upSampling2d + 3x3 conv2d (သို့မဟုတ် conv2dTranspose) အလွှာများဖြင့် ပြန်ချဲ့ပါ- dense အလွှာသည် ပထမဆုံး feature map ငယ်ကိုသာ ပြုလုပ်သင့်သည်။",
  "check the layers before the heads: a ReLU after a layer whose output is all negative passes only zeros.":
    "head များ၏ ရှေ့ရှိ အလွှာများကို စစ်ဆေးပါ- output အားလုံး အနုတ်ဖြစ်နေသော အလွှာနောက်ရှိ ReLU သည် သုညများကိုသာ ဖြတ်သန်းစေသည်။",
  "zLogVar = log(sigma²) can be any real number: give its Dense head no activation (no ReLU, no sigmoid).":
    "zLogVar = log(sigma²) သည် မည်သည့် ကိန်းစစ်မဆို ဖြစ်နိုင်သည်- ၎င်း၏ Dense head ကို activation မပေးပါနှင့် (ReLU မပါ၊ sigmoid မပါ)။",
  "keep both heads linear (no activation: zLogVar is a log), use ReLU inside and a sigmoid at the end of the decoder, and make sure the decoder ends in 28x28x1.":
    "head နှစ်ခုစလုံးကို linear ထားပါ (activation မပါ- zLogVar သည် log ဖြစ်သည်)၊ အတွင်းတွင် ReLU၊ ဒီကိုဒါ၏ အဆုံးတွင် sigmoid သုံးပြီး ဒီကိုဒါသည် 28x28x1 ဖြင့် ဆုံးကြောင်း သေချာပါစေ။",
  "end with a sigmoid so the output lies in (0, 1) like the images.":
    "output သည် ပုံများကဲ့သို့ (0, 1) အတွင်း ရှိစေရန် sigmoid ဖြင့် အဆုံးသတ်ပါ။",
  "the output must be [N,32,32,3].":
    "output သည် [N,32,32,3] ဖြစ်ရမည်။",
  "start with an upsampling layer so the network sees the picture at full size, keep the convolutions \"same\"-padded, use ReLU inside and a sigmoid with 3 filters at the end.":
    "ကွန်ယက်က ပုံကို အရွယ်အစား အပြည့်ဖြင့် မြင်ရစေရန် upsampling အလွှာဖြင့် စတင်ပါ၊ ကွန်ဗိုလူးရှင်းများကို \"same\" padding ဖြင့် ထားပါ၊ အတွင်းတွင် ReLU၊ အဆုံးတွင် filter 3 ခုပါ sigmoid ကို သုံးပါ။",
  "an autoencoder: its output has the shape of its input.":
    "အော်တိုအင်ကိုဒါ ဖြစ်သည်- ၎င်း၏ output shape သည် input shape နှင့် တူသည်။",
  "the output must be [N,28,28,1].":
    "output သည် [N,28,28,1] ဖြစ်ရမည်။",
  "an autoencoder whose output has the input's shape, ReLU inside and a sigmoid at the end (the conv autoencoder of exercise 3 works).":
    "output shape သည် input shape နှင့် တူပြီး အတွင်းတွင် ReLU၊ အဆုံးတွင် sigmoid ပါသော အော်တိုအင်ကိုဒါ (လေ့ကျင့်ခန်း 3 ၏ conv အော်တိုအင်ကိုဒါ အလုပ်ဖြစ်သည်)။",
  "that pixel never went above 1: is the noise drawn with the std asked for (0.1 here)? tf.randomNormal(images.shape, mean, std).":
    "ထို pixel သည် 1 ထက် တစ်ခါမျှ မကျော်ခဲ့ပါ- ဆူညံသံကို တောင်းဆိုထားသော std (ဤနေရာတွင် 0.1) ဖြင့် ထုတ်ထားသလား။ tf.randomNormal(images.shape, mean, std)။",
  "clip with images.add(noise).clipByValue(0, 1); do not rescale or squash the values.":
    "images.add(noise).clipByValue(0, 1) ဖြင့် ဖြတ်ညှိပါ- တန်ဖိုးများကို စကေးမပြောင်းပါနှင့်၊ မချုံ့ပါနှင့်။",
  "total must include the KL term: total = reconstruction.add(kl), with kl built from zMean and zLogVar by tensor operations (no dataSync or plain numbers).":
    "total တွင် KL အပိုင်း ပါရမည်- total = reconstruction.add(kl)၊ kl ကို zMean နှင့် zLogVar မှ tensor operation များဖြင့် တည်ဆောက်ရမည် (dataSync သို့မဟုတ် ရိုးရိုး ကိန်းများ မသုံးရ)။",
  "total must include the reconstruction term, built from reconstructions by tensor operations.":
    "total တွင် reconstruction အပိုင်း ပါရမည်၊ ၎င်းကို reconstructions မှ tensor operation များဖြင့် တည်ဆောက်ရမည်။",
  "take the mean of each cross-entropy (tf.losses.sigmoidCrossEntropy does) and add the two.":
    "cross-entropy တစ်ခုစီ၏ ပျမ်းမျှကို ယူပါ (tf.losses.sigmoidCrossEntropy က ထိုသို့ လုပ်သည်)၊ ထို့နောက် နှစ်ခုကို ပေါင်းပါ။",
  "prior samples get the label 1 (\"real\"), the encoder's codes the label 0 (\"fake\"): are they swapped?":
    "prior နမူနာများသည် အမှတ်အသား 1 (\"real\"၊ အစစ်)၊ အင်ကိုဒါ၏ ကုဒ်များသည် အမှတ်အသား 0 (\"fake\"၊ အတု) ရရမည်- ၎င်းတို့ ပြောင်းပြန် ဖြစ်နေသလား။",
  "mean over the prior samples of the cross-entropy with label 1, plus the mean over the codes with label 0; the discriminator gives logits, so no extra sigmoid.":
    "prior နမူနာများပေါ်ရှိ အမှတ်အသား 1 ဖြင့် cross-entropy ၏ ပျမ်းမျှ၊ ထပ်ပေါင်း ကုဒ်များပေါ်ရှိ အမှတ်အသား 0 ဖြင့် ပျမ်းမျှ၊ ခွဲခြားသူသည် logit များကို ပေးသဖြင့် sigmoid ထပ်မထည့်ရ။",
  "the loss runs the encoder, so listing it in `models` lets the step move it: list only aae.discriminator.":
    "loss သည် အင်ကိုဒါကို run သဖြင့် ၎င်းကို `models` ထဲတွင် ထည့်လျှင် step က ၎င်းကို ရွှေ့မိမည်- aae.discriminator ကိုသာ ထည့်ပါ။",
  "list only aae.discriminator in `models`.":
    "`models` ထဲတွင် aae.discriminator ကိုသာ ထည့်ပါ။",
  "list aae.discriminator in `models`.":
    "`models` ထဲတွင် aae.discriminator ကို ထည့်ပါ။",
  // Hints with numbers in them: `{name}` is filled in at run time
  "the lesson's {what}: {layers}. A 3x3 conv from C_in to C_out channels has 9·C_in·C_out + C_out weights.":
    "သင်ခန်းစာ၏ {what}- {layers}။ C_in channel မှ C_out channel သို့ 3x3 conv တစ်ခုတွင် အလေးချိန် 9·C_in·C_out + C_out ခု ရှိသည်။",
  "the input is [N,{height},{width},3]; enlarge by {factor} (e.g. tf.layers.upSampling2d({ size: [{rows}, {columns}] })) and end with 3 filters (red, green, blue).":
    "input သည် [N,{height},{width},3] ဖြစ်သည်- {factor} ဆ ချဲ့ပါ (ဥပမာ tf.layers.upSampling2d({ size: [{rows}, {columns}] }))၊ ပြီးလျှင် filter 3 ခု (အနီ၊ အစိမ်း၊ အပြာ) ဖြင့် အဆုံးသတ်ပါ။",
  "the phase's loss should compare prior.sample(n, step.seed) (label 1) with the codes of batch.inputs (label 0).":
    "အဆင့်၏ loss သည် prior.sample(n, step.seed) (အမှတ်အသား 1) ကို batch.inputs ၏ ကုဒ်များ (အမှတ်အသား 0) နှင့် နှိုင်းယှဉ်သင့်သည်။",
};

/**
 * What the graders saw, as they write it: the failure sentences (the first argument of `fail`)
 * and the names of the values and calls they check (`what`, `description`). `{name}` stands for
 * a number or name filled in at run time; a value caught there is itself translated when it is
 * listed here (`the denoiser` inside `{what}'s output`). Calls such as `downsample2x(...)` are
 * code and read the same in both languages.
 */
export const GRADER_SENTENCES: Record<string, string> = {
  // Shared by several graders
  'encoder': 'အင်ကိုဒါ',
  'decoder': 'ဒီကိုဒါ',
  'missing': 'မပါပါ',
  'kl': 'kl',
  'total': 'total',
  'reparameterize': 'reparameterize',
  'the codes': 'ကုဒ်များ',
  "the encoder's output": 'အင်ကိုဒါ၏ output',
  "the decoder's output": 'ဒီကိုဒါ၏ output',
  "the autoencoder's output": 'အော်တိုအင်ကိုဒါ၏ output',
  'the decoder gave {value}, outside [0, 1].': 'ဒီကိုဒါက [0, 1] အပြင်ဘက်ရှိ {value} ကို ထုတ်ပေးသည်။',
  '{what} should give one tensor, got {count}.': '{what} သည် tensor တစ်ခုတည်း ထုတ်ပေးရမည်၊ ရရှိသည်မှာ {count} ခု ဖြစ်သည်။',
  '{call}() should return a tf.LayersModel, got {got}.': '{call}() သည် tf.LayersModel ကို ပြန်ပေးရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  '{call} should return a tf.LayersModel, got {got}.': '{call} သည် tf.LayersModel ကို ပြန်ပေးရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  'a tensor [{shape}]': 'tensor [{shape}]',
  '{count} outputs': 'output {count} ခု',
  'one tensor [{shape}]': 'tensor [{shape}] တစ်ခုတည်း',
  'training the autoencoder (binary cross-entropy, adam)': 'အော်တိုအင်ကိုဒါကို လေ့ကျင့်ခြင်း (binary cross-entropy၊ adam)',
  // 01 · Gaussian noise
  'the standard deviation of the change (noise std 0.05)': 'ပြောင်းလဲမှု၏ စံသွေဖည်မှု (ဆူညံသံ std 0.05)',
  'the mean change of the pixels (noise mean 0.1 on a grey image)': 'pixel များ၏ ပျမ်းမျှ ပြောင်းလဲမှု (မီးခိုးရောင်ပုံပေါ်တွင် ဆူညံသံ mean 0.1)',
  'the spread of the change within one image': 'ပုံတစ်ပုံအတွင်း ပြောင်းလဲမှု၏ ပျံ့နှံ့မှု',
  'with noise N(2, 0.1²) every pixel of a grey image should be clipped to exactly 1, got {value} at index {index}.':
    'ဆူညံသံ N(2, 0.1²) ဖြင့် မီးခိုးရောင်ပုံ၏ pixel တိုင်းကို 1 အတိအကျသို့ ဖြတ်ညှိ (clip) ရမည်၊ index {index} တွင် {value} ကို တွေ့ရသည်။',
  'with noise mean -2 every pixel should be clipped to exactly 0, got {value} at index {index}.':
    'ဆူညံသံ mean -2 ဖြင့် pixel တိုင်းကို 0 အတိအကျသို့ ဖြတ်ညှိ (clip) ရမည်၊ index {index} တွင် {value} ကို တွေ့ရသည်။',
  '{percent}% of the values are outside [0, 1].': 'တန်ဖိုးများ၏ {percent}% သည် [0, 1] အပြင်ဘက်တွင် ရှိသည်။',
  'the fraction of pixels clipped to 0 (std 1 on a grey image)': '0 သို့ ဖြတ်ညှိခံရသော pixel အချိုး (မီးခိုးရောင်ပုံပေါ်တွင် std 1)',
  'the fraction of pixels clipped to 1 (std 1 on a grey image)': '1 သို့ ဖြတ်ညှိခံရသော pixel အချိုး (မီးခိုးရောင်ပုံပေါ်တွင် std 1)',
  'two calls on the same images gave the same value at {percent}% of the pixels that were not clipped; the noise should be new every time.':
    'ပုံတူများပေါ်တွင် နှစ်ကြိမ် ခေါ်ရာ ဖြတ်ညှိမခံရသော pixel များ၏ {percent}% တွင် တန်ဖိုး တူနေသည်၊ ဆူညံသံသည် ခေါ်တိုင်း အသစ် ဖြစ်ရမည်။',
  'two calls with seed 5 gave different noise.': 'seed 5 ဖြင့် နှစ်ကြိမ် ခေါ်ရာ ဆူညံသံ မတူပါ။',
  'seeds 5 and 6 gave the same noise.': 'seed 5 နှင့် 6 တို့က ဆူညံသံ တူတူကို ပေးသည်။',
  'addGaussianNoise returned its input tensor itself.': 'addGaussianNoise သည် ၎င်း၏ input tensor ကိုယ်တိုင်ကို ပြန်ပေးသည်။',
  'the input images were disposed by addGaussianNoise.': 'input ပုံများကို addGaussianNoise က dispose လုပ်လိုက်သည်။',
  'the input image value at index {index} changed from {before} to {after}.': 'index {index} ရှိ input ပုံ၏ တန်ဖိုးသည် {before} မှ {after} သို့ ပြောင်းသွားသည်။',
  // 02 · downsample
  'output [{n}, {i}, {j}, {c}] should be {expected} (the mean of its 2x2 block), got {got}.':
    'output [{n}, {i}, {j}, {c}] သည် {expected} (၎င်း၏ 2x2 အကွက်၏ ပျမ်းမျှ) ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  'output pixel ({i}, {j}) of a ramp image': 'အဆင့်လိုက် တက်သော ပုံ (ramp image) ၏ output pixel ({i}, {j})',
  'downsample2x(ramp image)': 'downsample2x(ramp image၊ အဆင့်လိုက် တက်သော ပုံ)',
  // 03 · conv autoencoder
  "the {what} should have {expected} weights (the lesson's layers), got {got}: {layers}.":
    '{what} တွင် အလေးချိန် {expected} ခု (သင်ခန်းစာ၏ အလွှာများ) ရှိရမည်၊ ရရှိသည်မှာ {got} ခု ဖြစ်သည်- {layers}။',
  'joining encoder and decoder (decoder(encoder(x)))': 'အင်ကိုဒါနှင့် ဒီကိုဒါကို ဆက်ခြင်း (decoder(encoder(x)))',
  'decoder.predict(codes with values in [-5, 5])': 'decoder.predict(တန်ဖိုး [-5, 5] အတွင်းရှိ ကုဒ်များ)',
  'autoencoder.predict(held-out images) before training': 'လေ့ကျင့်ခြင်း မပြုမီ autoencoder.predict(စစ်ဆေးရေး ပုံများ)',
  'autoencoder.predict(held-out images)': 'autoencoder.predict(စစ်ဆေးရေး ပုံများ)',
  'the reconstructions range from {low} to {high}, but binary cross-entropy (the training loss) needs values in [0, 1].':
    'ပြန်လည်ဖန်တီးထားသော ပုံများ၏ တန်ဖိုးများသည် {low} မှ {high} အထိ ရှိသည်၊ သို့သော် binary cross-entropy (လေ့ကျင့်ရေး loss) အတွက် [0, 1] အတွင်းရှိ တန်ဖိုးများ လိုသည်။',
  'after training, the held-out loss (binary cross-entropy) should be below {baseline}, what the average image scores; got {got}.':
    'လေ့ကျင့်ပြီးနောက် စစ်ဆေးရေး loss (binary cross-entropy) သည် ပျမ်းမျှပုံ ရရှိသော {baseline} အောက် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  // 04 · 2-D bottleneck
  'buildBottleneck2d() should return { encoder, decoder, autoencoder }, three tf.LayersModels; "{part}" is {got}.':
    'buildBottleneck2d() သည် tf.LayersModel သုံးခု { encoder, decoder, autoencoder } ကို ပြန်ပေးရမည်၊ "{part}" သည် {got} ဖြစ်နေသည်။',
  'autoencoder.predict(x) and decoder.predict(encoder.predict(x)) differ by up to {gap}; they should be the same.':
    'autoencoder.predict(x) နှင့် decoder.predict(encoder.predict(x)) သည် {gap} အထိ ကွာခြားသည်၊ တူညီရမည်။',
  'point {n}, coordinate {k}': 'အမှတ် {n}၊ ကိုဩဒိနိတ် {k}',
  'encodeToPoints(vaeEncoder, ...) returned an array of {count} tensors; it should return one tensor [N,2].':
    'encodeToPoints(vaeEncoder, ...) သည် tensor {count} ခုပါ array ကို ပြန်ပေးသည်၊ tensor [N,2] တစ်ခုတည်းကို ပြန်ပေးရမည်။',
  'encodeToPoints with a VAE encoder': 'VAE အင်ကိုဒါဖြင့် encodeToPoints',
  'encodeToPoints threw "{message}", which does not say what was expected.': 'encodeToPoints က "{message}" ကို throw လုပ်သည်၊ ၎င်းသည် မည်သည်ကို မျှော်လင့်ကြောင်း မပြောပါ။',
  'with an encoder that gives codes of shape [N,3], encodeToPoints returned {got} instead of throwing an Error.':
    'shape [N,3] ရှိသော ကုဒ်ထုတ်သည့် အင်ကိုဒါဖြင့် encodeToPoints သည် Error ကို throw မလုပ်ဘဲ {got} ကို ပြန်ပေးသည်။',
  'after training, the held-out mean squared error should be below {baseline} (what the average image scores), got {got}. Encoder output: {shape}.':
    'လေ့ကျင့်ပြီးနောက် စစ်ဆေးရေး mean squared error သည် {baseline} (ပျမ်းမျှပုံ ရရှိသော တန်ဖိုး) အောက် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။ အင်ကိုဒါ၏ output- {shape}။',
  // 05 · latent noise
  'with std 0 the codes changed by up to {worst}.': 'std 0 ဖြင့် ကုဒ်များသည် {worst} အထိ ပြောင်းသွားသည်။',
  'the mean change with std {std}': 'std {std} ဖြင့် ပျမ်းမျှ ပြောင်းလဲမှု',
  'the standard deviation of the change with std {std}': 'std {std} ဖြင့် ပြောင်းလဲမှု၏ စံသွေဖည်မှု',
  'the spread of the change of coordinate 0 across codes (std 1)': 'ကုဒ်များအကြား ကိုဩဒိနိတ် 0 ၏ ပြောင်းလဲမှု ပျံ့နှံ့ပုံ (std 1)',
  'two calls without a seed gave identical codes.': 'seed မပါဘဲ နှစ်ကြိမ် ခေါ်ရာ ကုဒ်များ တစ်ထပ်တည်း တူနေသည်။',
  'two calls with seed 7 gave different codes.': 'seed 7 ဖြင့် နှစ်ကြိမ် ခေါ်ရာ ကုဒ်များ မတူပါ။',
  'seeds 7 and 8 gave identical codes.': 'seed 7 နှင့် 8 တို့က ကုဒ် တစ်ထပ်တည်း ပေးသည်။',
  'the input codes were disposed.': 'input ကုဒ်များကို dispose လုပ်လိုက်သည်။',
  'the input codes changed.': 'input ကုဒ်များ ပြောင်းသွားသည်။',
  'with std 0 the images should be decoder.predict(codes), but differ from it by up to {worst}.':
    'std 0 ဖြင့် ပုံများသည် decoder.predict(codes) ဖြစ်ရမည်၊ သို့သော် ၎င်းနှင့် {worst} အထိ ကွာခြားသည်။',
  'the spread of the decoded change with std 0.5': 'std 0.5 ဖြင့် ပြန်ဖော်ထားသော ပြောင်းလဲမှု၏ ပျံ့နှံ့ပုံ',
  'pixel {pixel} of image {image} should stay 0 with this decoder, got {got}.': 'ဤဒီကိုဒါဖြင့် ပုံ {image} ၏ pixel {pixel} သည် 0 အတိုင်း ရှိရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  'two calls with seed 9 gave different images.': 'seed 9 ဖြင့် နှစ်ကြိမ် ခေါ်ရာ ပုံများ မတူပါ။',
  'two calls without a seed gave identical images.': 'seed မပါဘဲ နှစ်ကြိမ် ခေါ်ရာ ပုံများ တစ်ထပ်တည်း တူနေသည်။',
  // 06 · KL divergence
  'KL of image {i}': 'ပုံ {i} ၏ KL',
  'KL should be positive here, got {value}.': 'ဤနေရာတွင် KL သည် အပေါင်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {value} ဖြစ်သည်။',
  // 07 · reparameterize
  'every image got the same sample: in dimension {k} the {n} samples spread by {spread}, expected {expected}.':
    'ပုံတိုင်းက နမူနာ တူတူကို ရရှိသည်- dimension {k} တွင် နမူနာ {n} ခု၏ ပျံ့နှံ့မှုသည် {spread} ဖြစ်ပြီး {expected} ဖြစ်ရမည်။',
  'the mean of dimension {k} over {n} samples': 'နမူနာ {n} ခုပေါ်ရှိ dimension {k} ၏ ပျမ်းမျှ',
  'the standard deviation of dimension {k} (zLogVar = {logVar})': 'dimension {k} ၏ စံသွေဖည်မှု (zLogVar = {logVar})',
  'different images got the same eps: across the {n} images z varies by {a} and {b} (standard deviation), expected 1.':
    'ပုံအမျိုးမျိုးက eps တူတူကို ရရှိသည်- ပုံ {n} ပုံအကြား z ၏ စံသွေဖည်မှုသည် {a} နှင့် {b} ဖြစ်ပြီး 1 ဖြစ်ရမည်။',
  'with zMean 0 and zLogVar 0, z is eps itself, and its mean should be 0; got {a} and {b} in the two dimensions (and a spread of 0.289: that is Uniform(0, 1), mean 0.5).':
    'zMean 0 နှင့် zLogVar 0 ဖြင့် z သည် eps ကိုယ်တိုင် ဖြစ်ပြီး ၎င်း၏ ပျမ်းမျှ 0 ဖြစ်ရမည်၊ dimension နှစ်ခုတွင် {a} နှင့် {b} ရရှိသည် (ပျံ့နှံ့မှု 0.289 လည်း ဖြစ်သည်- ၎င်းမှာ Uniform(0, 1)၊ mean 0.5 ဖြစ်သည်)။',
  'with zMean 0 and zLogVar 0, z is eps itself, and its mean should be 0; got {a} and {b} in the two dimensions.':
    'zMean 0 နှင့် zLogVar 0 ဖြင့် z သည် eps ကိုယ်တိုင် ဖြစ်ပြီး ၎င်း၏ ပျမ်းမျှ 0 ဖြစ်ရမည်၊ dimension နှစ်ခုတွင် {a} နှင့် {b} ရရှိသည်။',
  'eps should have standard deviation 1 (with zLogVar 0, z is eps), got {a} and {b}.':
    'eps ၏ စံသွေဖည်မှုသည် 1 ဖြစ်ရမည် (zLogVar 0 ဖြင့် z သည် eps ဖြစ်သည်)၊ ရရှိသည်မှာ {a} နှင့် {b} ဖြစ်သည်။',
  'the two dimensions of each code move together (correlation {correlation}); they should be independent.':
    'ကုဒ်တစ်ခုစီ၏ dimension နှစ်ခုသည် အတူ လှုပ်ရှားနေသည် (correlation {correlation})၊ ၎င်းတို့ လွတ်လပ်စွာ (independent) ဖြစ်ရမည်။',
  'dz/dzMean should be 1 for every number, got {got} at index {index}.': 'ကိန်းတိုင်းအတွက် dz/dzMean သည် 1 ဖြစ်ရမည်၊ index {index} တွင် {got} ကို တွေ့ရသည်။',
  'dz/dzLogVar (= 0.5 * sigma * eps) is the same for all {n} images (spread {spread}): they share one eps.':
    'dz/dzLogVar (= 0.5 * sigma * eps) သည် ပုံ {n} ပုံလုံးအတွက် တူနေသည် (ပျံ့နှံ့မှု {spread})- ၎င်းတို့ eps တစ်ခုတည်းကို မျှသုံးနေသည်။',
  'the mean of dz/dzLogVar (= 0.5 * sigma * eps)': 'dz/dzLogVar (= 0.5 * sigma * eps) ၏ ပျမ်းမျှ',
  'the spread of dz/dzLogVar (= 0.5 * sigma * eps, sigma = 2)': 'dz/dzLogVar (= 0.5 * sigma * eps၊ sigma = 2) ၏ ပျံ့နှံ့မှု',
  'two calls with seed 3 gave different samples.': 'seed 3 ဖြင့် နှစ်ကြိမ် ခေါ်ရာ နမူနာများ မတူပါ။',
  'seeds 3 and 4 gave the same sample.': 'seed 3 နှင့် 4 တို့က နမူနာ တူတူကို ပေးသည်။',
  'two calls without a seed gave the same sample.': 'seed မပါဘဲ နှစ်ကြိမ် ခေါ်ရာ နမူနာ တူတူကို ပေးသည်။',
  // 08 · VAE loss
  '{call} should return { reconstruction, kl, total }; "{name}" is {got}.': '{call} သည် { reconstruction, kl, total } ကို ပြန်ပေးရမည်၊ "{name}" သည် {got} ဖြစ်နေသည်။',
  '"{name}" should be a scalar (shape []), got shape [{shape}].': '"{name}" သည် scalar (shape []) ဖြစ်ရမည်၊ ရရှိသည်မှာ shape [{shape}] ဖြစ်သည်။',
  'reconstruction (pixel errors 0.5 in image 0 and 0.1 in image 1)': 'reconstruction (ပုံ 0 တွင် pixel အမှား 0.5၊ ပုံ 1 တွင် 0.1)',
  'reconstruction of three [4,4,3] images': '[4,4,3] ပုံ သုံးပုံ၏ reconstruction',
  'total does not depend on {names}: no gradient reaches them, so training could not change them.':
    'total သည် {names} ပေါ်တွင် မမူတည်ပါ- gradient တစ်ခုမျှ ၎င်းတို့ထံ မရောက်သဖြင့် လေ့ကျင့်မှုက ၎င်းတို့ကို မပြောင်းနိုင်ပါ။',
  'total does not depend on {names}: no gradient reaches it, so training could not change it.':
    'total သည် {names} ပေါ်တွင် မမူတည်ပါ- gradient တစ်ခုမျှ ၎င်းထံ မရောက်သဖြင့် လေ့ကျင့်မှုက ၎င်းကို မပြောင်းနိုင်ပါ။',
  'd total / d reconstructions[{i}]': 'd total / d reconstructions[{i}]',
  'd total / d zMean[{i}]': 'd total / d zMean[{i}]',
  'd total / d zLogVar[{i}]': 'd total / d zLogVar[{i}]',
  // 09 · CNN VAE
  'buildCnnVae(...) should return { encoder, decoder }, two tf.LayersModels; "{part}" is {got}.':
    'buildCnnVae(...) သည် tf.LayersModel နှစ်ခု { encoder, decoder } ကို ပြန်ပေးရမည်၊ "{part}" သည် {got} ဖြစ်နေသည်။',
  "most of the {part}'s work should be convolution, but its convolutions do {conv} multiply-adds per image and its dense layers {dense} ({percent}% convolution): {layers}.":
    '{part} ၏ အလုပ် အများစုသည် ကွန်ဗိုလူးရှင်း ဖြစ်ရမည်၊ သို့သော် ပုံတစ်ပုံလျှင် ၎င်း၏ ကွန်ဗိုလူးရှင်းများက မြှောက်-ပေါင်း {conv} ကြိမ်၊ dense အလွှာများက {dense} ကြိမ် လုပ်သည် (ကွန်ဗိုလူးရှင်း {percent}%)- {layers}။',
  '{n} million': '{n} သန်း',
  'the encoder should have two outputs, [zMean, zLogVar]; got {got}.': 'အင်ကိုဒါတွင် output နှစ်ခု [zMean, zLogVar] ရှိရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  '{name} with latentDim {latentDim}': 'latentDim {latentDim} ဖြင့် {name}',
  'the decoder should have one output, got {count}.': 'ဒီကိုဒါတွင် output တစ်ခုတည်း ရှိရမည်၊ ရရှိသည်မှာ {count} ခု ဖြစ်သည်။',
  "the decoder's output (latentDim {latentDim})": 'ဒီကိုဒါ၏ output (latentDim {latentDim})',
  'encoder.predict(24 random and 24 shape images)': 'encoder.predict(ကျပန်းပုံ 24 ပုံနှင့် ပုံသဏ္ဌာန်ပုံ 24 ပုံ)',
  "zLogVar is {value} for every one of 48 varied images: the encoder's features do not reach its head (all switched off?).":
    'ကွဲပြားသော ပုံ 48 ပုံလုံးအတွက် zLogVar သည် {value} ဖြစ်နေသည်- အင်ကိုဒါ၏ feature များသည် ၎င်း၏ head ထံ မရောက်ပါ (အားလုံး ပိတ်နေသလား။)။',
  'zLogVar was never negative over 48 varied images (smallest {value}). A log-variance below 0 means a spread below 1, which a VAE needs.':
    'ကွဲပြားသော ပုံ 48 ပုံတွင် zLogVar သည် တစ်ခါမျှ အနုတ် မဖြစ်ခဲ့ပါ (အငယ်ဆုံး {value})။ log-variance 0 အောက်ဆိုသည်မှာ ပျံ့နှံ့မှု 1 အောက် ဖြစ်ပြီး VAE တွင် ၎င်း လိုအပ်သည်။',
  'the VAE loss of the untrained model': 'မလေ့ကျင့်ရသေးသော မော်ဒယ်၏ VAE loss',
  'training the VAE (reconstruction + KL, adam)': 'VAE ကို လေ့ကျင့်ခြင်း (reconstruction + KL၊ adam)',
  'the VAE loss after training': 'လေ့ကျင့်ပြီးနောက် VAE loss',
  'after 3 epochs the held-out loss should be below {limit} (it was {before} before training; the average image scores {average}), got {got} (reconstruction {reconstruction}, KL {kl}).':
    'epoch 3 ကြိမ်အပြီးတွင် စစ်ဆေးရေး loss သည် {limit} အောက် ဖြစ်ရမည် (လေ့ကျင့်ခြင်း မပြုမီ {before} ဖြစ်ခဲ့သည်၊ ပျမ်းမျှပုံက {average} ရသည်)၊ ရရှိသည်မှာ {got} ဖြစ်သည် (reconstruction {reconstruction}၊ KL {kl})။',
  // 10 · other datasets
  '{what} should have one output, got {count}.': '{what} တွင် output တစ်ခုတည်း ရှိရမည်၊ ရရှိသည်မှာ {count} ခု ဖြစ်သည်။',
  "{what}'s output": '{what} ၏ output',
  '{what} gave {value}, outside [0, 1].': '{what} က [0, 1] အပြင်ဘက်ရှိ {value} ကို ထုတ်ပေးသည်။',
  'the {factor}x model': '{factor}x မော်ဒယ်',
  'the trained {factor}x model': 'လေ့ကျင့်ပြီးသော {factor}x မော်ဒယ်',
  'training the {factor}x model (mean squared error, adam)': '{factor}x မော်ဒယ်ကို လေ့ကျင့်ခြင်း (mean squared error၊ adam)',
  'after a short training the upscaled held-out images should be at least twice as close to the originals as the average image is: mean squared error below {limit}, got {got}. (For reference, nearest-neighbour upscaling scores {nearest}; a model reaches that only after longer training.)':
    'ခဏတာ လေ့ကျင့်ပြီးနောက် ချဲ့ထားသော စစ်ဆေးရေး ပုံများသည် မူရင်းပုံများနှင့် ပျမ်းမျှပုံထက် အနည်းဆုံး နှစ်ဆ ပိုနီးရမည်- mean squared error {limit} အောက် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။ (နှိုင်းယှဉ်ရန်- nearest-neighbour ဖြင့် ချဲ့ခြင်းက {nearest} ရသည်၊ မော်ဒယ်တစ်ခုသည် ပိုကြာကြာ လေ့ကျင့်မှသာ ထိုအဆင့်သို့ ရောက်သည်။)',
  'the denoiser': 'ဆူညံသံဖယ်ကွန်ယက်',
  'the trained denoiser': 'လေ့ကျင့်ပြီးသော ဆူညံသံဖယ်ကွန်ယက်',
  'training the denoiser (noisy input -> clean target, binary cross-entropy, adam)':
    'ဆူညံသံဖယ်ကွန်ယက်ကို လေ့ကျင့်ခြင်း (ဆူညံသံပါ input -> သန့်ရှင်းသော target၊ binary cross-entropy၊ adam)',
  'after a short training the denoised images should be at least 3 times closer to the clean ones than the noisy inputs are (mean squared error below {limit}), got {got}.':
    'ခဏတာ လေ့ကျင့်ပြီးနောက် ဆူညံသံဖယ်ထားသော ပုံများသည် သန့်ရှင်းသော ပုံများနှင့် ဆူညံသံပါ input များထက် အနည်းဆုံး 3 ဆ ပိုနီးရမည် (mean squared error {limit} အောက်)၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  // 11 · adversarial autoencoder
  'discriminatorPhase(...) should return { name, loss, models, optimizer, learningRate }, with loss a function and models an array.':
    'discriminatorPhase(...) သည် { name, loss, models, optimizer, learningRate } ကို ပြန်ပေးရမည်၊ loss သည် function၊ models သည် array ဖြစ်ရမည်။',
  'training with your phase': 'သင့်အဆင့် (phase) ဖြင့် လေ့ကျင့်ခြင်း',
  'A discriminator that scores the prior sample +10 and the code -10 is right about both, so its loss should be near 0; got {value}.':
    'prior နမူနာကို +10၊ ကုဒ်ကို -10 ဟု အမှတ်ပေးသော ခွဲခြားသူသည် နှစ်ခုစလုံးအတွက် မှန်သဖြင့် ၎င်း၏ loss သည် 0 အနီး ဖြစ်ရမည်၊ ရရှိသည်မှာ {value} ဖြစ်သည်။',
  "After a discriminator step the encoder's weights had changed.": 'ခွဲခြားသူ အဆင့် (step) တစ်ခုအပြီးတွင် အင်ကိုဒါ၏ အလေးချိန်များ ပြောင်းသွားသည်။',
  "After a discriminator step the decoder's weights had changed.": 'ခွဲခြားသူ အဆင့် (step) တစ်ခုအပြီးတွင် ဒီကိုဒါ၏ အလေးချိန်များ ပြောင်းသွားသည်။',
  "After a discriminator step the discriminator's weights had not changed.": 'ခွဲခြားသူ အဆင့် (step) တစ်ခုအပြီးတွင် ခွဲခြားသူ၏ အလေးချိန်များ မပြောင်းခဲ့ပါ။',
  'After 60 steps the discriminator called {prior}% of prior samples and {codes}% of codes "real" (logit > 0); expected most prior samples and few codes.':
    'အဆင့် 60 ဆင့်အပြီးတွင် ခွဲခြားသူက prior နမူနာများ၏ {prior}% နှင့် ကုဒ်များ၏ {codes}% ကို "real" (အစစ်၊ logit > 0) ဟု ဆိုသည်၊ prior နမူနာ အများစုနှင့် ကုဒ် အနည်းငယ်သာ ဖြစ်ရမည်။',
  // Names joined inside a sentence ('zMean and zLogVar'); last, so that every longer pattern is tried first
  '{first} and {second}': '{first} နှင့် {second}',
};

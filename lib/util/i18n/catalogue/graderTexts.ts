/**
 * The graders' check titles (the `it(...)` titles in test/graders/), with their Myanmar text.
 * The English title is the key, as the graders report it; the grading table shows the Myanmar
 * text when the course speaks Myanmar. test/i18n.test.ts checks that every title is here.
 */
export const GRADER_TITLES: Record<string, string> = {
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
};

/**
 * Texts that the notebooks' code passes to the library (plot titles, row labels, bar names,
 * legend groups), with their Myanmar translation. The English text is the key, so notebook code
 * reads as plain English and is the same in both languages; `localize` swaps the text when the
 * course speaks Myanmar. `{name}` matches a number or word inside the text (`noise std {std}`).
 * test/i18n.test.ts checks that every such text in the notebooks is listed here.
 */
export const NOTEBOOK_TEXTS: Record<string, string> = {
  // 01 · autoencoders
  'training digits': 'လေ့ကျင့်ရေး ဂဏန်းများ',
  original: 'မူရင်း',
  'dense, 32 numbers': 'dense၊ ကိန်း 32 လုံး',
  'conv, 128 numbers': 'conv၊ ကိန်း 128 လုံး',
  'Held-out digits and their reconstructions': 'စစ်ဆေးရေး ဂဏန်းများနှင့် ၎င်းတို့ကို ပြန်လည်ဖန်တီးထားပုံ',
  'Latent codes (128 numbers each)': 'ကွယ်ဝှက်ကုဒ်များ (latent code၊ တစ်ခုလျှင် ကိန်း 128 လုံး)',
  'random codes': 'ကျပန်းကုဒ်များ',
  'Random latent vectors, decoded': 'ကျပန်း ကွယ်ဝှက်ဗက်တာများကို ဒီကိုဒါဖြင့် ပြန်ဖော်ထားပုံ',
  'PCA, 32 numbers': 'PCA၊ ကိန်း 32 လုံး',
  'dense autoencoder, 32 numbers': 'dense အော်တိုအင်ကိုဒါ၊ ကိန်း 32 လုံး',
  'Held-out reconstruction error (lower is better)': 'စစ်ဆေးရေး ဒေတာပေါ်ရှိ ပြန်လည်ဖန်တီးမှု အမှား (နည်းလေ ကောင်းလေ)',
  'mean squared error': 'အမှား၏ နှစ်ထပ်ကိန်း ပျမ်းမျှ (MSE)',
  PCA: 'PCA',
  autoencoder: 'အော်တိုအင်ကိုဒါ',
  untrained: 'မလေ့ကျင့်ရသေး',
  "The autoencoder's error is {percent}% lower than PCA's with the same 32 numbers.":
    'ကိန်း 32 လုံးတည်း သုံးထားသော်လည်း အော်တိုအင်ကိုဒါ၏ အမှားသည် PCA ထက် {percent}% နည်းသည်။',
  'Here PCA is still ahead (by {percent}%): the autoencoder has not trained long enough to beat it. Train it for more epochs (or in full mode) and run this cell again.':
    'ဤနေရာတွင် PCA က ရှေ့ရောက်နေဆဲ ({percent}%) ဖြစ်သည်- အော်တိုအင်ကိုဒါကို ၎င်းအား ကျော်နိုင်လောက်အောင် မလေ့ကျင့်ရသေးပါ။ epoch ပိုများများ (သို့မဟုတ် full mode ဖြင့်) လေ့ကျင့်ပြီး ဤ cell ကို ထပ်မံ run ပါ။',
  // 02 · denoising
  clean: 'သန့်ရှင်း',
  noisy: 'ဆူညံသံပါ',
  'noisy input': 'ဆူညံသံပါ input ပုံ',
  denoised: 'ဆူညံသံ ဖယ်ပြီး',
  'clean target': 'သန့်ရှင်းသော ပစ်မှတ်',
  'Held-out digits: noisy, denoised, clean': 'စစ်ဆေးရေး ဂဏန်းများ- ဆူညံသံပါ၊ ဆူညံသံဖယ်ပြီး၊ သန့်ရှင်း',
  'PSNR against the clean digits (higher is better)': 'သန့်ရှင်းသော ဂဏန်းများနှင့် နှိုင်းယှဉ်ထားသော PSNR (များလေ ကောင်းလေ)',
  'PSNR (dB)': 'PSNR (dB)',
  'Not digits: the denoiser bends them towards what it knows': 'ဂဏန်းမဟုတ်သော ပုံများ- ဆူညံသံဖယ်ကွန်ယက်က ၎င်းသိသော ပုံစံဘက်သို့ ကွေးညွှတ်ပစ်သည်',
  // 03 · super-resolution
  '28×28 original': '28×28 မူရင်း',
  '14×14 input': '14×14 input ပုံ',
  nearest: 'အနီးဆုံး (nearest)',
  bilinear: 'bilinear',
  bicubic: 'bicubic',
  "lesson's network": 'သင်ခန်းစာ၏ ကွန်ယက်',
  'Upscaling 14×14 digits to 28×28': '14×14 ဂဏန်းများကို 28×28 သို့ ချဲ့ခြင်း',
  'Held-out PSNR against the originals (higher is better)': 'မူရင်းပုံများနှင့် နှိုင်းယှဉ်ထားသော စစ်ဆေးရေး PSNR (များလေ ကောင်းလေ)',
  'no bottleneck': 'ကျဉ်းမြောင်းချက် မပါ',
  'With and without the bottleneck': 'ကျဉ်းမြောင်းချက် (bottleneck) ပါခြင်းနှင့် မပါခြင်း',
  // 04 · VAE
  'VAE (from zMean)': 'VAE (zMean မှ)',
  'Held-out digits through a 2-number bottleneck': 'ကိန်း 2 လုံးသာရှိသော ကျဉ်းမြောင်းချက်ကို ဖြတ်သွားသော စစ်ဆေးရေး ဂဏန်းများ',
  sampled: 'ကျပန်းထုတ်ယူ',
  'Decoded random N(0, 1) codes': 'N(0, 1) မှ ကျပန်းကုဒ်များကို ပြန်ဖော်ထားပုံ',
  reported: 'loss က ဖော်ပြသည့်',
  'actually sampled': 'အမှန်တကယ် ထုတ်ယူသည့်',
  'consistent VAE': 'အဓိပ္ပာယ်တစ်သမတ်တည်းရှိသော VAE',
  'mixed-up VAE': 'ရောထွေးနေသော VAE',
  'Held-out KL per image: what the loss reports vs what is sampled': 'ပုံတစ်ပုံချင်း၏ စစ်ဆေးရေး KL- loss က ဖော်ပြသည့်တန်ဖိုးနှင့် အမှန်တကယ် ထုတ်ယူသည့်တန်ဖိုး',
  'KL (nats)': 'KL (nats)',
  consistent: 'တစ်သမတ်တည်း',
  'mixed-up': 'ရောထွေး',
  'Random N(0, 1) codes decoded by each model': 'မော်ဒယ်တစ်ခုစီက N(0, 1) ကျပန်းကုဒ်များကို ပြန်ဖော်ထားပုံ',
  'CNN VAE': 'CNN VAE',
  // 05 · latent space
  'VAE: zMean of each held-out digit': 'VAE- စစ်ဆေးရေး ဂဏန်းတစ်ခုစီ၏ zMean',
  'Plain autoencoder: code of each held-out digit': 'ရိုးရိုး အော်တိုအင်ကိုဒါ- စစ်ဆေးရေး ဂဏန်းတစ်ခုစီ၏ ကုဒ်',
  'VAE latent space with one example per digit': 'ဂဏန်းတစ်မျိုးလျှင် ဥပမာတစ်ခုစီပါသော VAE ၏ ကွယ်ဝှက်နေရာ',
  'VAE: decoded lattice over [-2, 2]²': 'VAE- [-2, 2]² ပေါ်ရှိ ကွက်ဇယားကို ပြန်ဖော်ထားပုံ',
  'Plain autoencoder: decoded lattice over [-2, 2]²': 'ရိုးရိုး အော်တိုအင်ကိုဒါ- [-2, 2]² ပေါ်ရှိ ကွက်ဇယားကို ပြန်ဖော်ထားပုံ',
  VAE: 'VAE',
  'Plain autoencoder': 'ရိုးရိုး အော်တိုအင်ကိုဒါ',
  'plain AE': 'ရိုးရိုး AE',
  'Interpolating from a 1 to an 8': '1 မှ 8 သို့ ကြားဖြည့်ခြင်း (interpolation)',
  'VAE: latent values': 'VAE- ကွယ်ဝှက်တန်ဖိုးများ',
  'Plain autoencoder: latent values': 'ရိုးရိုး အော်တိုအင်ကိုဒါ- ကွယ်ဝှက်တန်ဖိုးများ',
  'noise std {std}': 'ဆူညံသံ std {std}',
  'One 7, decoded after adding noise to its code': 'ကုဒ်ထဲသို့ ဆူညံသံထည့်ပြီးနောက် ပြန်ဖော်ထားသော 7 တစ်လုံး',
  // 06 · beyond images
  'training window {n}': 'လေ့ကျင့်ရေး window {n}',
  'held-out window': 'စစ်ဆေးရေး window',
  'Ode to Joy (typed in)': 'Ode to Joy (လက်ဖြင့် ရိုက်ထည့်ထားသည်)',
  'Melodies as piano rolls (one column per 16th note, bar lines darker)':
    'piano roll အဖြစ် တေးသွားများ (16th note တစ်ခုလျှင် ကော်လံ တစ်ခု၊ bar မျဉ်းများ ပိုရင့်သည်)',
  'Ode to Joy': 'Ode to Joy',
  'Twinkle, Twinkle': 'Twinkle, Twinkle',
  'Ode to Joy, reconstructed': 'Ode to Joy၊ ပြန်လည်ဖန်တီးထားပုံ',
  'Twinkle, reconstructed': 'Twinkle၊ ပြန်လည်ဖန်တီးထားပုံ',
  'Two tunes and their reconstructions': 'တေးသွား နှစ်ပုဒ်နှင့် ၎င်းတို့ကို ပြန်လည်ဖန်တီးထားပုံ',
  "Ode to Joy's code": 'Ode to Joy ၏ ကုဒ်',
  "Twinkle's code": 'Twinkle ၏ ကုဒ်',
  'step {i}': 'အဆင့် {i}',
  'the whole walk': 'လမ်းကြောင်း တစ်ခုလုံး',
  'Interpolating in the latent space, Ode to Joy to Twinkle': 'ကွယ်ဝှက်နေရာထဲတွင် ကြားဖြည့်ခြင်း၊ Ode to Joy မှ Twinkle သို့',
  'Ode to Joy, recurrent VAE': 'Ode to Joy၊ recurrent VAE',
  'Twinkle, recurrent VAE': 'Twinkle၊ recurrent VAE',
  "The recurrent VAE's reconstructions": 'recurrent VAE ၏ ပြန်လည်ဖန်တီးမှုများ',
  'Prior: {name}': 'Prior (ကြိုတင်ရွေးထားသော ဖြန့်ဖြူးမှု): {name}',
  'ring of {n} Gaussians (radius {radius}, spread {spread})': 'Gaussian {n} ခုပါ ကွင်း (အချင်းဝက် {radius}၊ ပျံ့နှံ့မှု {spread})',
  'Adversarial autoencoder: held-out codes': 'ရန်ဘက်ပြု အော်တိုအင်ကိုဒါ: စစ်ဆေးရေး ကုဒ်များ',
  'VAE (notebook 04): held-out zMean': 'VAE (notebook 04): စစ်ဆေးရေး zMean',
};

/**
 * Sentences the library writes in English and shows through `localize` (the backend's reason,
 * chosen where the backend is picked): English is the key, as for the notebooks' texts.
 */
export const LIBRARY_TEXTS: Record<string, string> = {
  'tfjs-node is installed: native TensorFlow is the fastest backend':
    'tfjs-node ထည့်သွင်းထားသည်- native TensorFlow သည် အမြန်ဆုံး backend ဖြစ်သည်',
  "tfjs-node is not installed, so the portable WebAssembly backend runs (with the course's training kernels)":
    'tfjs-node မထည့်သွင်းထားသဖြင့် မည်သည့်စက်တွင်မဆို အလုပ်လုပ်သော WebAssembly backend ဖြင့် run သည် (သင်ခန်းစာ၏ လေ့ကျင့်ရေး ကာနယ် (kernel) များနှင့်အတူ)',
  'neither tfjs-node nor the WebAssembly backend could load: falling back to the pure-JavaScript cpu backend':
    'tfjs-node ရော WebAssembly backend ပါ မဖွင့်နိုင်သဖြင့် JavaScript သက်သက်ဖြင့် ရေးထားသော cpu backend ကို အစားသုံးသည်',
  'set by COURSE_BACKEND={name}': 'COURSE_BACKEND={name} ဖြင့် သတ်မှတ်ထားသည်',
  "chosen with useBackend('{name}')": "useBackend('{name}') ဖြင့် ရွေးထားသည်",
  // Which kernels compute (lib/engine/backend.ts, lib/engine/native/)
  "TensorFlow's own native kernels": 'TensorFlow ၏ ကိုယ်ပိုင် native ကာနယ် (kernel) များ',
  'pure-JavaScript kernels': 'JavaScript သက်သက်ဖြင့် ရေးထားသော ကာနယ် (kernel) များ',
  'wasm with native oneDNN kernels, 1 thread': 'native oneDNN ကာနယ် (kernel) များပါသော wasm၊ thread 1 ခု',
  'wasm with native oneDNN kernels, {threads} threads': 'native oneDNN ကာနယ် (kernel) များပါသော wasm၊ thread {threads} ခု',
  'wasm only: {reason}': 'wasm သာ- {reason}',
  'the native kernels were not loaded': 'native ကာနယ် (kernel) များကို load မလုပ်ရသေးပါ',
  'the native kernels are switched off': 'native ကာနယ် (kernel) များကို ပိတ်ထားသည်',
  'COURSE_NATIVE=0 turns the native kernels off': 'COURSE_NATIVE=0 က native ကာနယ် (kernel) များကို ပိတ်ထားသည်',
  'the native kernels are built for Linux only, this is {platform}': 'native ကာနယ် (kernel) များကို Linux အတွက်သာ build လုပ်ထားသည်၊ ဤစက်မှာ {platform} ဖြစ်သည်',
  'the native kernels did not build ({why})': 'native ကာနယ် (kernel) များ build မဖြစ်ခဲ့ပါ ({why})',
  'not built yet: run npm run setup': 'build မလုပ်ရသေးပါ- npm run setup ကို run ပါ',
  'the native kernels could not load ({message})': 'native ကာနယ် (kernel) များကို load မလုပ်နိုင်ပါ ({message})',
  // A dataset's state, as datasetStatus reports it and `npm run data -- list` shows it
  'embedded, cache ready': 'package ထဲတွင် ပါပြီး cache အသင့်ရှိသည်',
  'embedded, cache built on first load': 'package ထဲတွင် ပါသည်၊ ပထမဆုံး load လုပ်ချိန်တွင် cache တည်ဆောက်မည်',
  'not downloaded': 'download မလုပ်ရသေးပါ',
  'downloaded, verified': 'download လုပ်ပြီး စစ်ဆေးပြီး',
  'downloaded (size ok)': 'download လုပ်ပြီး (အရွယ်အစား မှန်သည်)',
  damaged: 'ပျက်စီးနေသည်',
  'partly downloaded': 'တစ်စိတ်တစ်ပိုင်းသာ download လုပ်ထားသည်',
};

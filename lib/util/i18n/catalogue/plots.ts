/** Words the charts draw on their own: default titles, axis names, legend titles and entries. */
import type { Message } from '../message';

export const PLOT_MESSAGES = {
  'plot.loss.title': { en: 'Loss', my: 'Loss' },
  'plot.loss.runTitle': { en: '{name}: loss per epoch', my: '{name}: epoch အလိုက် loss' },
  'plot.loss.epoch': { en: 'epoch', my: 'epoch' },
  'plot.loss.axis': { en: 'loss', my: 'loss' },
  'plot.loss.axisLog': { en: 'loss (log scale)', my: 'loss (log စကေး)' },
  'plot.loss.termLegend': { en: 'term', my: 'loss အပိုင်း' },
  'plot.loss.dataLegend': { en: 'data', my: 'ဒေတာ' },
  'plot.split.train': { en: 'train', my: 'လေ့ကျင့်ရေး' },
  'plot.split.heldOut': { en: 'held-out', my: 'စစ်ဆေးရေး' },
  'plot.scatter.title': { en: 'Latent space', my: 'ကွယ်ဝှက်နေရာ (latent space)' },
  'plot.scatter.legend': { en: 'digit', my: 'ဂဏန်း' },
  'plot.histogram.title': { en: 'Latent values', my: 'ကွယ်ဝှက်တန်ဖိုးများ' },
  'plot.histogram.normal': {
    en: 'dashed: the standard normal N(0,1) that the KL term pulls towards',
    my: 'မျဉ်းပြတ်- KL အပိုင်းက ဆွဲယူသော စံ ပုံမှန်ဖြန့်ဖြူးမှု N(0,1)',
  },
  'plot.histogram.value': { en: 'value', my: 'တန်ဖိုး' },
  'plot.histogram.count': { en: 'count', my: 'အရေအတွက်' },
  'plot.bars.title': { en: 'Comparison', my: 'နှိုင်းယှဉ်ချက်' },
  'plot.bars.value': { en: 'value', my: 'တန်ဖိုး' },
  'plot.codes.label': { en: 'latent codes', my: 'ကွယ်ဝှက်ကုဒ်များ' },
  'plot.classExamples.title': { en: '{count} images of each class', my: 'အမျိုးအစား တစ်ခုလျှင် ပုံ {count} ပုံ' },
  // The latent explorer (an interactive page) and its still picture
  'explorer.codesTitle': { en: '{subject}: the codes of {count} images', my: '{subject}: ပုံ {count} ပုံ၏ ကုဒ်များ' },
  'explorer.latticeTitle': { en: 'Decoded over the same window', my: 'တူညီသော ဧရိယာပေါ်တွင် ပြန်ဖော်ထားပုံ' },
  'explorer.pageTitle': { en: '{subject}: move the pointer', my: '{subject}: pointer ကို ရွှေ့ကြည့်ပါ' },
  'explorer.hint': {
    en: 'Move the pointer over the plane: the decoder draws the code under it. Click to pin a point; a second pin shows the way between the two.',
    my: 'ပြင်ညီပေါ်တွင် pointer ကို ရွှေ့ပါ- ၎င်းအောက်ရှိ ကုဒ်ကို ဒီကိုဒါက ဆွဲပြသည်။ အမှတ်တစ်ခုကို click နှိပ်၍ ပင်ထိုးပါ၊ ဒုတိယ ပင်တစ်ခုက နှစ်ခုကြားရှိ လမ်းကြောင်းကို ပြသည်။',
  },
  'explorer.decodedIn': { en: 'decoded in {ms} ms', my: '{ms} ms အတွင်း ပြန်ဖော်ပြီး' },
  'explorer.alt': {
    en: '{title}: latent codes and decoded lattice (a still picture; the interactive explorer needs scripts)',
    my: '{title}: ကွယ်ဝှက်ကုဒ်များနှင့် ပြန်ဖော်ထားသော ကွက်ဇယား (ငြိမ်နေသော ပုံ၊ အပြန်အလှန် လှည့်ကြည့်နိုင်သော explorer သည် script လိုအပ်သည်)',
  },
} satisfies Record<string, Message>;

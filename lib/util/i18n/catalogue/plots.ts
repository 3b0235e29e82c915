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
} satisfies Record<string, Message>;

/** Messages of training: live progress lines, the summary at the end, units and loss-term names. */
import type { Message } from '../message';

export const PROGRESS_MESSAGES = {
  // Units
  'unit.seconds': { en: '{s} s', my: '{s} စက္ကန့်' },
  'unit.minutesSeconds': { en: '{m}m {s}s', my: '{m} မိနစ် {s} စက္ကန့်' },
  'unit.hoursMinutes': { en: '{h}h {m}m', my: '{h} နာရီ {m} မိနစ်' },
  'unit.imagesPerSecond': { en: '{n} images/s', my: 'တစ်စက္ကန့်လျှင် {n} ပုံ' },
  // Loss terms, as the trainer names them
  'term.reconstruction': { en: 'reconstruction', my: 'ပြန်လည်ဖန်တီးမှု' },
  'term.kl': { en: 'kl', my: 'KL' },
  'term.total': { en: 'total', my: 'စုစုပေါင်း' },
  'term.loss': { en: 'loss', my: 'loss' },
  // Start of a run
  'progress.plan': {
    en: '{epochs} epochs of {trainSize} images{heldOut}, batch {batchSize}, backend {backend}',
    my: 'ပုံ {trainSize} ပုံဖြင့် epoch {epochs} ကြိမ်{heldOut}၊ batch {batchSize}၊ backend {backend}',
  },
  'progress.planHeldOut': { en: ', {count} held-out', my: '၊ စစ်ဆေးရေး ပုံ {count} ပုံ' },
  'progress.starting': { en: '{name}: starting', my: '{name}: စတင်နေသည်' },
  // During an epoch (notebook)
  'progress.batchLine': {
    en: '{name} · epoch {epoch}/{epochs} · batch {batch}/{batches} · {rate} · ETA {eta}',
    my: '{name} · epoch {epoch}/{epochs} · batch {batch}/{batches} · {rate} · ကျန်ချိန် {eta}',
  },
  'progress.soFar': { en: '  this epoch so far: {losses}', my: '  ဤ epoch တွင် ယခုအထိ- {losses}' },
  'progress.epochDone': {
    en: '{name} · epoch {epoch}/{epochs} done · {rate} · ETA {eta}',
    my: '{name} · epoch {epoch}/{epochs} ပြီးပြီ · {rate} · ကျန်ချိန် {eta}',
  },
  'progress.epochTrain': { en: 'epoch {epoch}: train {losses}', my: 'epoch {epoch}- လေ့ကျင့်ရေး {losses}' },
  'progress.epochHeldOut': { en: '         held-out {losses}{best}', my: '         စစ်ဆေးရေး {losses}{best}' },
  'progress.bestSoFar': { en: '  (best so far)', my: '  (ယခုအထိ အကောင်းဆုံး)' },
  'progress.chartFailed': {
    en: 'The loss chart could not be drawn: {message}',
    my: 'loss ဂရပ်ကို ဆွဲ၍ မရပါ- {message}',
  },
  // Terminal lines
  'progress.terminalEpoch': { en: '  epoch {epoch}/{epochs}', my: '  epoch {epoch}/{epochs}' },
  'progress.terminalBatch': {
    en: '{prefix} {bar} {batch}/{batches}  {rate}  ETA {eta}  {losses}',
    my: '{prefix} {bar} {batch}/{batches}  {rate}  ကျန်ချိန် {eta}  {losses}',
  },
  'progress.terminalEpochLine': {
    en: '{prefix}  train: {losses}{heldOut}  {rate}  ETA {eta}',
    my: '{prefix}  လေ့ကျင့်ရေး- {losses}{heldOut}  {rate}  ကျန်ချိန် {eta}',
  },
  'progress.terminalHeldOut': { en: '  held-out: {losses}{best}', my: '  စစ်ဆေးရေး- {losses}{best}' },
  'progress.terminalBest': { en: ' (best)', my: ' (အကောင်းဆုံး)' },
  // Summary at the end of a run
  'summary.epochs': { en: '{epochs} epochs', my: 'epoch {epochs} ကြိမ်' },
  'summary.stoppedEarly': {
    en: 'stopped early after epoch {epoch} (no better held-out loss for a while)',
    my: 'epoch {epoch} ပြီးနောက် စောစီးစွာ ရပ်ခဲ့သည် (စစ်ဆေးရေး loss တစ်ခဏကြာ မကောင်းလာတော့ပါ)',
  },
  'summary.stoppedOnRequest': {
    en: 'stopped on request after {epochs} finished epochs',
    my: 'တောင်းဆိုချက်အရ epoch {epochs} ကြိမ် ပြီးနောက် ရပ်ခဲ့သည်',
  },
  'summary.headline': {
    en: '{name}: {how} in {duration}, {rate} ({backend}).',
    my: '{name}: {how}၊ ကြာချိန် {duration}၊ {rate} ({backend})။',
  },
  'summary.noEpoch': {
    en: 'No epoch finished, so there are no losses to report.',
    my: 'epoch တစ်ကြိမ်မျှ မပြီးသေးသဖြင့် ဖော်ပြစရာ loss မရှိပါ။',
  },
  'summary.keptBest': {
    en: 'Kept the weights of epoch {epoch} (lowest held-out loss): train {losses}',
    my: 'epoch {epoch} ၏ အလေးချိန်များကို ထိန်းထားသည် (စစ်ဆေးရေး loss အနည်းဆုံး)- လေ့ကျင့်ရေး {losses}',
  },
  'summary.keptLast': {
    en: 'Kept the weights of the last epoch, {epoch}: train {losses}',
    my: 'နောက်ဆုံး epoch ({epoch}) ၏ အလေးချိန်များကို ထိန်းထားသည်- လေ့ကျင့်ရေး {losses}',
  },
  'summary.lastEpoch': { en: 'Epoch {epoch}: train {losses}', my: 'epoch {epoch}- လေ့ကျင့်ရေး {losses}' },
  'summary.heldOut': { en: 'held-out {losses}', my: 'စစ်ဆေးရေး {losses}' },
  'summary.error': { en: '{name}: stopped by an error: {message}', my: '{name}: အမှားတစ်ခုကြောင့် ရပ်သွားသည်- {message}' },
} satisfies Record<string, Message>;

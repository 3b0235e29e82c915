/** Messages of grading: the table in the notebook, `npm run grade`, and the graders' own sentences. */
import type { Message } from '../message';

export const GRADING_MESSAGES = {
  // The table in a notebook
  'grade.passCount': { en: '{passed} of {total} checks pass', my: 'စစ်ဆေးချက် {total} ခုအနက် {passed} ခု အောင်သည်' },
  'grade.columnCheck': { en: 'check', my: 'စစ်ဆေးချက်' },
  'grade.columnSaw': { en: 'what the grader saw', my: 'အမှတ်စစ်သူ တွေ့ရှိချက်' },
  'grade.note': { en: 'Note:', my: 'မှတ်ချက်-' },
  'grade.usingReference': {
    en: 'Your {file} does not pass yet, so the cells below use the reference solution ({solution}). Fix the checks marked {mark} and run this cell again to use yours.',
    my: 'သင့် {file} သည် မအောင်သေးသဖြင့် အောက်ပါ cell များသည် နမူနာအဖြေ ({solution}) ကို အသုံးပြုမည်။ {mark} ပြထားသော စစ်ဆေးချက်များကို ပြင်ပြီး ဤ cell ကို ထပ် run ပါ- ထိုအခါ သင့်အဖြေကို သုံးမည်။',
  },
  'grade.unknownExercise': {
    en: 'No exercise is named "{name}". Exercises are the files in exercises/.',
    my: '"{name}" အမည်ရှိ လေ့ကျင့်ခန်း မရှိပါ။ လေ့ကျင့်ခန်းများမှာ exercises/ ထဲရှိ ဖိုင်များ ဖြစ်သည်။',
  },
  // npm run grade in a terminal
  'grade.grading': { en: 'grading {name} ...', my: '{name} ကို အမှတ်စစ်နေသည် ...' },
  'grade.header': { en: 'Grading {folder}/ ({count} exercises)', my: '{folder}/ ကို အမှတ်စစ်ခြင်း (လေ့ကျင့်ခန်း {count} ခု)' },
  'grade.headerOne': { en: 'Grading {folder}/ (1 exercise)', my: '{folder}/ ကို အမှတ်စစ်ခြင်း (လေ့ကျင့်ခန်း 1 ခု)' },
  'grade.line': { en: '{passed} of {total} checks', my: 'စစ်ဆေးချက် {total} ခုအနက် {passed} ခု' },
  'grade.notStarted': {
    en: 'not started yet: open {file} and replace the `return notImplemented(...)` line with your code.',
    my: 'မစရသေးပါ- {file} ကို ဖွင့်ပြီး `return notImplemented(...)` စာကြောင်းကို သင့် code ဖြင့် အစားထိုးပါ။',
  },
  'grade.total': {
    en: '{complete} of {count} exercises complete ({passed} of {checks} checks pass).',
    my: 'လေ့ကျင့်ခန်း {count} ခုအနက် {complete} ခု ပြီးပြီ (စစ်ဆေးချက် {checks} ခုအနက် {passed} ခု အောင်သည်)။',
  },
  'grade.typeErrorsTitle': { en: 'compiles without type errors', my: 'type error မရှိဘဲ compile ဖြစ်သည်' },
  'grade.timedOut': {
    en: 'did not finish within {seconds} s — is there a loop that never ends?',
    my: '{seconds} စက္ကန့်အတွင်း မပြီးပါ — ဘယ်တော့မှ မဆုံးသော loop တစ်ခု ရှိနေသလား။',
  },
  'grade.notRunAfterTimeout': {
    en: 'not run: an earlier check of this exercise never finished',
    my: 'မ run ရသေးပါ- ဤလေ့ကျင့်ခန်း၏ ယခင် စစ်ဆေးချက်တစ်ခု မပြီးဆုံးခဲ့ပါ',
  },
  'grade.notRun': { en: 'not run', my: 'မ run ရသေးပါ' },
  'grade.processEnded': {
    en: 'the grading process {why} before this check ran{detail}',
    my: 'ဤစစ်ဆေးချက် မ run မီ အမှတ်စစ် process {why}{detail}',
  },
  'grade.stoppedBy': { en: 'was stopped by {signal}', my: 'ကို {signal} ဖြင့် ရပ်လိုက်သည်' },
  'grade.exitedWith': { en: 'exited with code {code}', my: 'သည် code {code} ဖြင့် ထွက်သွားသည်' },
  // The graders' sentences (test/graders/harness.ts) and the exercise stubs
  'grader.hint': { en: 'Hint: {hint}', my: 'အကြံပြုချက်- {hint}' },
  'grader.notTensor': { en: '{what} should be a tf.Tensor, got {got}.', my: '{what} သည် tf.Tensor ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။' },
  'grader.shape': { en: '{what} should have shape {want}, got {got}.', my: '{what} ၏ shape သည် {want} ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။' },
  'grader.notFinite': {
    en: '{what} contains {value} at index {index}; every value should be a finite number.',
    my: '{what} ၏ index {index} တွင် {value} ပါနေသည်၊ တန်ဖိုးတိုင်း အကန့်အသတ်ရှိ ကိန်း ဖြစ်ရမည်။',
  },
  'grader.notClose': {
    en: '{what} should be {expected} (± {tolerance}), got {got}.',
    my: '{what} သည် {expected} (± {tolerance}) ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'grader.leak': {
    en: '{what} left {count} tensor(s) in memory after returning.',
    my: '{what} သည် ပြန်ပြီးနောက် memory ထဲတွင် tensor {count} ခု ကျန်ခဲ့သည်။',
  },
  'grader.leakHint': {
    en: 'wrap the computation in tf.tidy(() => ...) so intermediate tensors are freed.',
    my: 'ကြားခံ tensor များ ပြန်လွှတ်ပေးနိုင်ရန် တွက်ချက်မှုကို tf.tidy(() => ...) ဖြင့် ထုပ်ပါ။',
  },
  'grader.threw': { en: '{call} threw {name}: {message}{place}', my: '{call} က {name} ကို throw လုပ်ခဲ့သည်- {message}{place}' },
  'grader.at': { en: ' (at {place})', my: ' ({place} တွင်)' },
  'exercise.notImplemented': {
    en: '{what} is not implemented yet: open exercises/{exercise}.ts and replace the `return notImplemented(...)` line with your code.',
    my: '{what} ကို မရေးရသေးပါ- exercises/{exercise}.ts ကို ဖွင့်ပြီး `return notImplemented(...)` စာကြောင်းကို သင့် code ဖြင့် အစားထိုးပါ။',
  },
} satisfies Record<string, Message>;

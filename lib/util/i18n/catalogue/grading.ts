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
  'grade.checkTimedOut': {
    en: 'did not finish within {seconds} s — does your code wait for a promise that never settles?',
    my: '{seconds} စက္ကန့်အတွင်း မပြီးပါ — သင့် code သည် ဘယ်တော့မှ မပြီးဆုံးသော promise တစ်ခုကို စောင့်နေသလား။',
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
  'grade.usage': {
    en: 'usage: npm run grade -- [--against exercises|solutions] [--json] [NAME ...]',
    my: 'အသုံးပြုပုံ- npm run grade -- [--against exercises|solutions] [--json] [NAME ...]',
  },
  'grade.againstNeedsFolder': {
    en: '--against needs a folder name, e.g. --against solutions',
    my: '--against တွင် ဖိုင်တွဲ အမည် လိုသည်၊ ဥပမာ --against solutions',
  },
  'grade.unknownOption': { en: 'Unknown option {option}. Try --help.', my: '{option} ဆိုသော option ကို မသိပါ။ --help ကို စမ်းကြည့်ပါ။' },
  'grade.noGraders': {
    en: 'No compiled graders found: run `npm run setup` first.',
    my: 'compile လုပ်ထားသော အမှတ်စစ်သူ (grader) များ မတွေ့ပါ- `npm run setup` ကို အရင် run ပါ။',
  },
  'grade.matchesSeveral': {
    en: '"{name}" matches several exercises; exercises are: {names}',
    my: '"{name}" သည် လေ့ကျင့်ခန်း အများအပြားနှင့် ကိုက်ညီနေသည်၊ လေ့ကျင့်ခန်းများမှာ- {names}',
  },
  'grade.matchesNone': {
    en: '"{name}" matches no exercise; exercises are: {names}',
    my: '"{name}" သည် မည်သည့် လေ့ကျင့်ခန်းနှင့်မျှ မကိုက်ညီပါ၊ လေ့ကျင့်ခန်းများမှာ- {names}',
  },
  'grade.failed': { en: 'grade: {message}', my: 'grade: {message}' },
  'grade.buildFailed': {
    en: 'Could not build the exercises before grading:\n{output}',
    my: 'အမှတ်မစစ်မီ လေ့ကျင့်ခန်းများကို build လုပ်၍ မရပါ-\n{output}',
  },
  'grade.noReport': {
    en: 'The grader did not produce a report (exit {code}):\n{output}',
    my: 'အမှတ်စစ်သူ (grader) က ရလဒ် မထုတ်ပေးခဲ့ပါ (exit {code})-\n{output}',
  },
  // Sending results to the class's grades service, and the teacher's table
  'classroom.sentOne': {
    en: 'Sent to your teacher: {count} exercise result for {user}.',
    my: 'ဆရာထံ ပို့ပြီးပြီ- {user} ၏ လေ့ကျင့်ခန်း ရလဒ် {count} ခု။',
  },
  'classroom.sent': {
    en: 'Sent to your teacher: {count} exercise results for {user}.',
    my: 'ဆရာထံ ပို့ပြီးပြီ- {user} ၏ လေ့ကျင့်ခန်း ရလဒ် {count} ခု။',
  },
  'classroom.notSent': {
    en: 'Your results were not sent to your teacher: {message}. Grade again later to send them.',
    my: 'သင့်ရလဒ်များကို ဆရာထံ မပို့နိုင်ခဲ့ပါ- {message}။ ပို့ရန် နောက်မှ ထပ်မံ အမှတ်စစ်ပါ။',
  },
  'classroom.unreachable': {
    en: "could not reach the class's grades service at {url} ({message})",
    my: '{url} ရှိ အတန်း၏ အမှတ်ဝန်ဆောင်မှု (grades service) သို့ မဆက်သွယ်နိုင်ပါ ({message})',
  },
  'classroom.refused': {
    en: "the class's grades service refused the results ({status}: {reason})",
    my: 'အတန်း၏ အမှတ်ဝန်ဆောင်မှု (grades service) က ရလဒ်များကို လက်မခံပါ ({status}: {reason})',
  },
  'classroom.noReason': { en: 'no reason given', my: 'အကြောင်းပြချက် မပေးပါ' },
  'classGrades.notOnHub': {
    en: "classGrades works in the teacher's notebook on the class's hub: COURSE_CLASSROOM_URL and JUPYTERHUB_API_TOKEN are not set here. On the class's machine, `npm run classroom -- grades` shows the same table.",
    my: 'classGrades သည် အတန်း၏ hub ပေါ်ရှိ ဆရာ၏ notebook တွင်သာ အလုပ်လုပ်သည်- ဤနေရာတွင် COURSE_CLASSROOM_URL နှင့် JUPYTERHUB_API_TOKEN မသတ်မှတ်ထားပါ။ အတန်း၏ စက်ပေါ်တွင် `npm run classroom -- grades` က ဇယား တူတူကို ပြသည်။',
  },
  'classGrades.notTeacher': {
    en: "Only the teacher (a hub admin) can read the class's grades; this server belongs to someone else.",
    my: 'အတန်း၏ အမှတ်များကို ဆရာ (hub admin) တစ်ဦးတည်းသာ ဖတ်နိုင်သည်- ဤ server သည် အခြားသူ၏ server ဖြစ်သည်။',
  },
  'classGrades.answered': {
    en: 'The grades service answered {status}: {text}',
    my: 'အမှတ်ဝန်ဆောင်မှု (grades service) က {status} ဖြင့် ပြန်ဖြေသည်- {text}',
  },
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

/**
 * `npm run data`: its usage text, the dataset table, download progress, what `verify` found,
 * and its mistakes of use. Commands, dataset names and file paths stay as typed.
 */
import type { Message } from '../message';

export const DATA_COMMAND = {
  'data.usage': {
    en: [
      'usage: npm run data -- <command>',
      '',
      'commands:',
      '  list          show every dataset, whether it works offline, its size and where it is cached',
      '  fetch NAME    download and verify one dataset; NAME is one of: {names}',
      '  verify PATH   check one IDX file (.gz or plain), CIFAR-10 batch (.bin) or CIFAR-10 archive (.tar.gz)',
      '  help          show this message',
      '',
      'cache folder: {folder} (set COURSE_CACHE_DIR to move it)',
      'COURSE_DATA_BASE_URL=<url> downloads from that address instead of the usual servers.',
    ].join('\n'),
    my: [
      'အသုံးပြုပုံ- npm run data -- <command>',
      '',
      'command များ-',
      '  list          dataset တိုင်း၊ အင်တာနက်မပါဘဲ သုံးနိုင်မနိုင်၊ အရွယ်အစားနှင့် cache လုပ်ထားသော နေရာကို ပြသည်',
      '  fetch NAME    dataset တစ်ခုကို download လုပ်ပြီး စစ်ဆေးသည်၊ NAME သည် {names} ထဲမှ တစ်ခု ဖြစ်ရမည်',
      '  verify PATH   IDX ဖိုင် (.gz သို့မဟုတ် ရိုးရိုး)၊ CIFAR-10 batch (.bin) သို့မဟုတ် CIFAR-10 archive (.tar.gz) တစ်ခုကို စစ်ဆေးသည်',
      '  help          ဤစာကို ပြသည်',
      '',
      'cache ဖိုင်တွဲ- {folder} (ရွှေ့လိုပါက COURSE_CACHE_DIR ကို သတ်မှတ်ပါ)',
      'COURSE_DATA_BASE_URL=<url> ဖြင့် ပုံမှန် server များအစား ထိုလိပ်စာမှ download လုပ်သည်။',
    ].join('\n'),
  },
  'data.megabytes': { en: '{n} MB', my: '{n} MB' },
  // The table of `list`
  'data.column.dataset': { en: 'dataset', my: 'dataset' },
  'data.column.offline': { en: 'offline', my: 'အင်တာနက်မပါဘဲ' },
  'data.column.state': { en: 'state', my: 'အခြေအနေ' },
  'data.column.size': { en: 'size', my: 'အရွယ်အစား' },
  'data.column.location': { en: 'location', my: 'နေရာ' },
  'data.yes': { en: 'yes', my: 'ရသည်' },
  'data.no': { en: 'no', my: 'မရပါ' },
  'data.problem': { en: '  {name}: {problem}', my: '  {name}: {problem}' },
  'status.missing': { en: '{file} missing', my: '{file} မရှိပါ' },
  'status.fileProblem': { en: '{file}: {problem}', my: '{file}: {problem}' },
  // `fetch`
  'data.embeddedReady': {
    en: '{name}: {count} digits ready ({status}) at {file}{reason}',
    my: '{name}: ဂဏန်း {count} လုံး အသင့်ဖြစ်ပြီ ({status})၊ {file} တွင်{reason}',
  },
  'data.reason': { en: ' — {reason}', my: ' — {reason}' },
  'data.progress': { en: '  {file}: {percent}% of {size}', my: '  {file}: {size} ၏ {percent}%' },
  'data.verified': { en: 'verified {file}', my: '{file} ကို စစ်ဆေးပြီး (မှန်ကန်သည်)' },
  // `verify`
  'data.ok': { en: 'OK {file}: {summary}', my: 'မှန်ကန်သည် {file}: {summary}' },
  'data.sha256': { en: '   SHA-256 {sha256}{matches}', my: '   SHA-256 {sha256}{matches}' },
  'data.matches': { en: ' (matches the published {file})', my: ' (ထုတ်ဝေထားသော {file} နှင့် ကိုက်ညီသည်)' },
  'verify.gzip': { en: ', gzip-compressed', my: '၊ gzip ဖြင့် ချုံ့ထားသည်' },
  'verify.labelRange': { en: 'labels {min}..{max}', my: 'labels {min}..{max}' },
  'verify.archive': { en: 'CIFAR-10 archive{compressed}, images per batch: {counts}', my: 'CIFAR-10 archive{compressed}၊ batch တစ်ခုလျှင် ပုံအရေအတွက်- {counts}' },
  'verify.idx': { en: 'IDX {what} [{dims}]{compressed}', my: 'IDX {what} [{dims}]{compressed}' },
  'verify.idxImages': { en: 'images', my: 'ပုံများ (images)' },
  'verify.idxLabels': { en: 'labels ({range})', my: 'labels ({range})' },
  'verify.idxArray': { en: 'array', my: 'array' },
  'verify.batch': { en: 'CIFAR-10 batch: {count} images 32x32x3, {labels}', my: 'CIFAR-10 batch: 32x32x3 ပုံ {count} ပုံ၊ {labels}' },
  'verify.noBatch': {
    en: '{file}: a tar archive without any CIFAR-10 .bin batch (is it the binary version of CIFAR-10?)',
    my: '{file}: CIFAR-10 .bin batch တစ်ခုမျှ မပါသော tar archive ဖြစ်သည် (CIFAR-10 ၏ binary version ဟုတ်ရဲ့လား။)',
  },
  'verify.unknown': {
    en: '{file}: unrecognised format: expected an IDX file (magic 0x00000801 or 0x00000803, gzip or plain), a CIFAR-10 batch (*.bin, records of {bytes} bytes) or the CIFAR-10 binary archive (.tar.gz)',
    my: '{file}: ဖိုင်ပုံစံကို မသိပါ- IDX ဖိုင် (magic 0x00000801 သို့မဟုတ် 0x00000803၊ gzip သို့မဟုတ် ရိုးရိုး)၊ CIFAR-10 batch (*.bin၊ {bytes} byte စီရှိသော record များ) သို့မဟုတ် CIFAR-10 binary archive (.tar.gz) ဖြစ်ရမည်',
  },
  'verify.noMatch': {
    en: '{file}: well-formed, but its SHA-256 {sha256} matches no published file of that name ({expected})',
    my: '{file}: ပုံစံ မှန်ကန်သော်လည်း ၎င်း၏ SHA-256 {sha256} သည် ထိုအမည်ဖြင့် ထုတ်ဝေထားသော မည်သည့်ဖိုင်နှင့်မျှ မကိုက်ညီပါ ({expected})',
  },
  // Mistakes of use
  'data.listArgs': { en: '"list" takes no arguments, got: {args}', my: '"list" သည် argument မယူပါ၊ ရရှိသည်မှာ- {args}' },
  'data.fetchArgs': {
    en: '"fetch" needs exactly one dataset name ({names})',
    my: '"fetch" တွင် dataset အမည် တစ်ခုတည်း အတိအကျ လိုသည် ({names})',
  },
  'data.unknownDataset': {
    en: 'unknown dataset "{name}"; expected one of: {names}',
    my: '"{name}" ဆိုသော dataset ကို မသိပါ၊ {names} ထဲမှ တစ်ခု ဖြစ်ရမည်',
  },
  'data.verifyArgs': { en: '"verify" needs exactly one file path', my: '"verify" တွင် ဖိုင်လမ်းကြောင်း တစ်ခုတည်း အတိအကျ လိုသည်' },
  'data.noCommand': { en: 'missing command', my: 'command မပါပါ' },
  'data.unknownCommand': { en: 'unknown command "{command}"', my: '"{command}" ဆိုသော command ကို မသိပါ' },
  'data.error': { en: 'error: {message}', my: 'အမှား- {message}' },
} satisfies Record<string, Message>;

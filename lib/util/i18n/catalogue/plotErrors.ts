/**
 * Errors of the plots (lib/plot/): what a learner passed that cannot be drawn. `{what}` names
 * the argument in code terms ('latentScatter points'), so it reads the same in both languages.
 */
import type { Message } from '../message';

export const PLOT_ERRORS = {
  // Numbers read from a tensor or arrays (numericInput.ts)
  'plotInput.disposed': {
    en: '{what} is a tensor that was already disposed; pass a live tensor.',
    my: '{what} သည် dispose လုပ်ပြီးသား tensor ဖြစ်သည်၊ အသုံးပြုနိုင်သေးသော tensor ကို ပေးပါ။',
  },
  'plotInput.dtype': {
    en: '{what} must be a numeric tensor, got dtype {dtype}.',
    my: '{what} သည် ကိန်းဂဏန်း tensor ဖြစ်ရမည်၊ ရရှိသည်မှာ dtype {dtype} ဖြစ်သည်။',
  },
  'plotInput.notFinite': {
    en: '{what} must be finite numbers, got {value} at {where}.',
    my: '{what} သည် အကန့်အသတ်ရှိ ကိန်းများ ဖြစ်ရမည်၊ {where} တွင် {value} ကို တွေ့ရသည်။',
  },
  'plotInput.atRowColumn': { en: 'row {row}, column {column}', my: 'အတန်း {row}၊ ကော်လံ {column}' },
  'plotInput.atIndex': { en: 'index {index}', my: 'index {index}' },
  'plotInput.matrixRank': {
    en: '{what} must be a 2-D tensor {wanted}, got shape {shape}.',
    my: '{what} သည် 2-D tensor {wanted} ဖြစ်ရမည်၊ ရရှိသည်မှာ shape {shape} ဖြစ်သည်။',
  },
  'plotInput.matrixType': {
    en: '{what} must be a tensor [N, D] or an array of rows, got {got}.',
    my: '{what} သည် tensor [N, D] သို့မဟုတ် အတန်းများပါသော array ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'plotInput.rowNotNumbers': { en: '{what}: row {row} must be an array of numbers.', my: '{what}: အတန်း {row} သည် ကိန်းများပါသော array ဖြစ်ရမည်။' },
  'plotInput.rowLength': {
    en: '{what}: every row must have {cols} values, row {row} has {length}.',
    my: '{what}: အတန်းတိုင်းတွင် တန်ဖိုး {cols} ခု ရှိရမည်၊ အတန်း {row} တွင် {length} ခု ရှိသည်။',
  },
  'plotInput.noRows': { en: '{what} is empty: expected at least one row.', my: '{what} သည် ဗလာ ဖြစ်နေသည်- အနည်းဆုံး အတန်းတစ်တန်း လိုသည်။' },
  'plotInput.columns': {
    en: '{what} must have {expected} columns per row, got {cols} (shape [{rows},{cols}]).',
    my: '{what} ၏ အတန်းတိုင်းတွင် ကော်လံ {expected} ခု ရှိရမည်၊ ရရှိသည်မှာ {cols} ခု ဖြစ်သည် (shape [{rows},{cols}])။',
  },
  'plotInput.vectorRank': {
    en: '{what} must be a 1-D tensor [N], got shape {shape}.',
    my: '{what} သည် 1-D tensor [N] ဖြစ်ရမည်၊ ရရှိသည်မှာ shape {shape} ဖြစ်သည်။',
  },
  'plotInput.vectorType': { en: '{what} must be a tensor [N] or an array of numbers.', my: '{what} သည် tensor [N] သို့မဟုတ် ကိန်းများပါသော array ဖြစ်ရမည်။' },
  'plotInput.noValues': { en: '{what} is empty: expected at least one value.', my: '{what} သည် ဗလာ ဖြစ်နေသည်- အနည်းဆုံး တန်ဖိုးတစ်ခု လိုသည်။' },
  // Images (imageInput.ts)
  'plotImages.badShape': {
    en: '{what}: image shape must be [H,W], [H,W,1] or [H,W,3], got {shape}.',
    my: '{what}: ပုံ၏ shape သည် [H,W]၊ [H,W,1] သို့မဟုတ် [H,W,3] ဖြစ်ရမည်၊ ရရှိသည်မှာ {shape} ဖြစ်သည်။',
  },
  'plotImages.cannotInfer': {
    en: '{what}: cannot tell the image shape of {size} values (not a square grey or RGB image); pass shape: [H, W] or [H, W, C].',
    my: '{what}: တန်ဖိုး {size} ခုမှ ပုံ၏ shape ကို မခန့်မှန်းနိုင်ပါ (စတုရန်း မီးခိုးရောင်ပုံ သို့မဟုတ် RGB ပုံ မဟုတ်ပါ)၊ shape: [H, W] သို့မဟုတ် [H, W, C] ကို ပေးပါ။',
  },
  'plotImages.singleImage': {
    en: '{what}: a tensor {shape} looks like a single image; pass a batch [1,{dims}] (x.expandDims(0)) or [N,H,W] for grey images.',
    my: '{what}: tensor {shape} သည် ပုံတစ်ပုံတည်းနှင့် တူသည်၊ batch [1,{dims}] (x.expandDims(0)) ကို ပေးပါ၊ မီးခိုးရောင်ပုံများအတွက် [N,H,W] ကို ပေးပါ။',
  },
  'plotImages.tensorWhat': {
    en: '{what} (tensor {shape}, expected [N,H,W,C] with C = 1 or 3)',
    my: '{what} (tensor {shape}၊ C = 1 သို့မဟုတ် 3 ရှိသော [N,H,W,C] ကို မျှော်လင့်သည်)',
  },
  'plotImages.shapeMismatch': {
    en: "{what}: shape option {given} does not match the tensor's images {own}.",
    my: '{what}: shape option {given} သည် tensor ထဲရှိ ပုံများ၏ shape {own} နှင့် မကိုက်ညီပါ။',
  },
  'plotImages.shapeSize': {
    en: '{what}: shape option {given} needs {needed} values per image, the tensor {shape} has {has}.',
    my: '{what}: shape option {given} အတွက် ပုံတစ်ပုံလျှင် တန်ဖိုး {needed} ခု လိုသည်၊ tensor {shape} တွင် {has} ခုသာ ရှိသည်။',
  },
  'plotImages.tensorRank': {
    en: '{what} must be a tensor [N,H,W,C], [N,H,W] or [N,H*W], got shape {shape}.',
    my: '{what} သည် tensor [N,H,W,C]၊ [N,H,W] သို့မဟုတ် [N,H*W] ဖြစ်ရမည်၊ ရရှိသည်မှာ shape {shape} ဖြစ်သည်။',
  },
  'plotImages.nan': { en: '{what}: image {index} contains NaN at {pixel}.', my: '{what}: ပုံ {index} ၏ {pixel} တွင် NaN ပါနေသည်။' },
  'plotImages.range': {
    en: '{what}: values must be in [0,1], image {index} has {value} at {pixel}. Clip them first (tf.clipByValue(x, 0, 1)) or pass clip: true.',
    my: '{what}: တန်ဖိုးများသည် [0,1] အတွင်း ရှိရမည်၊ ပုံ {index} ၏ {pixel} တွင် {value} ရှိနေသည်။ အရင် ဖြတ်ညှိ (tf.clipByValue(x, 0, 1)) ပါ၊ သို့မဟုတ် clip: true ကို ပေးပါ။',
  },
  'plotImages.notArray': {
    en: '{what} must be a tensor or an array of flat images, got {got}.',
    my: '{what} သည် tensor သို့မဟုတ် ဖြန့်ထားသော (flat) ပုံများပါသော array ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'plotImages.flatNotArray': {
    en: '{what}: image {k} must be a flat array of numbers, got {got}.',
    my: '{what}: ပုံ {k} သည် ကိန်းများပါသော flat array ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'plotImages.imageWhat': { en: '{what}, image {k}', my: '{what}၊ ပုံ {k}' },
  'plotImages.flatSize': {
    en: '{what}: image {k} has {length} values, expected {size} for shape {shape}.',
    my: '{what}: ပုံ {k} တွင် တန်ဖိုး {length} ခု ရှိသည်၊ shape {shape} အတွက် {size} ခု ရှိရမည်။',
  },
  'plotImages.none': { en: '{what} has no images: expected at least one.', my: '{what} တွင် ပုံ မပါပါ- အနည်းဆုံး တစ်ပုံ လိုသည်။' },
  // Class labels (classLabels.ts)
  'plotLabels.rank': {
    en: '{what} must be a 1-D tensor [N] of class numbers, got shape {shape} (one-hot labels? use tf.argMax(y, 1)).',
    my: '{what} သည် အမျိုးအစား နံပါတ်များပါသော 1-D tensor [N] ဖြစ်ရမည်၊ ရရှိသည်မှာ shape {shape} ဖြစ်သည် (one-hot အမှတ်အသားများလား။ tf.argMax(y, 1) ကို သုံးပါ)။',
  },
  'plotLabels.type': {
    en: '{what} must be a tensor [N] or an array of class numbers or names.',
    my: '{what} သည် tensor [N] သို့မဟုတ် အမျိုးအစား နံပါတ်များ (သို့) အမည်များပါသော array ဖြစ်ရမည်။',
  },
  'plotLabels.unknownName': {
    en: '{what}: "{label}" at index {index} is not one of classNames.',
    my: '{what}: index {index} ရှိ "{label}" သည် classNames ထဲတွင် မပါပါ။',
  },
  'plotLabels.notWhole': {
    en: '{what} must be whole class numbers, got {label} at index {index}.',
    my: '{what} သည် အမျိုးအစား နံပါတ် ကိန်းပြည့်များ ဖြစ်ရမည်၊ index {index} တွင် {label} ကို တွေ့ရသည်။',
  },
  'plotLabels.noName': {
    en: '{what}: label {label} at index {index} has no entry in classNames ({count} names).',
    my: '{what}: index {index} ရှိ အမှတ်အသား {label} အတွက် classNames ({count} ခု) ထဲတွင် အမည် မရှိပါ။',
  },
  // Image grids and lattices
  'imageGrid.cellSize': {
    en: 'imageGrid: cellSize must be a positive whole number of pixels (or { width, height }), got {got}.',
    my: 'imageGrid: cellSize သည် pixel အရေအတွက် အပေါင်း ကိန်းပြည့် (သို့မဟုတ် { width, height }) ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'imageGrid.noRows': {
    en: 'imageGrid needs at least one row: [{ label, images }, ...].',
    my: 'imageGrid တွင် အနည်းဆုံး အတန်းတစ်တန်း လိုသည်- [{ label, images }, ...]။',
  },
  'imageGrid.noLabel': {
    en: 'imageGrid: row {row} needs a label (a string, may be empty).',
    my: 'imageGrid: အတန်း {row} တွင် label (string တစ်ခု၊ ဗလာ ဖြစ်လည်း ရသည်) လိုသည်။',
  },
  'imageGrid.rowWhat': { en: 'imageGrid row {row} "{label}"', my: 'imageGrid အတန်း {row} "{label}"' },
  'imageGrid.noImages': { en: '{what} has no images.', my: '{what} တွင် ပုံ မပါပါ။' },
  'latentCodes.length': {
    en: 'nearSquareShape: length must be a positive integer, got {got}.',
    my: 'nearSquareShape: length သည် အပေါင်း ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'latentCodes.normalise': {
    en: "latentCodesGrid: normalise must be 'all' or 'each', got {got}.",
    my: "latentCodesGrid: normalise သည် 'all' သို့မဟုတ် 'each' ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။",
  },
  'latentCodes.perRow': {
    en: 'latentCodesGrid: perRow must be a positive integer, got {got}.',
    my: 'latentCodesGrid: perRow သည် အပေါင်း ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'manifoldGrid.axisOrder': {
    en: '{what} must be strictly increasing or decreasing, got [{values}].',
    my: '{what} သည် တဖြည်းဖြည်း တက်သွားရမည် သို့မဟုတ် ကျသွားရမည် (တန်ဖိုး ထပ်မနေရ)၊ ရရှိသည်မှာ [{values}] ဖြစ်သည်။',
  },
  'manifoldGrid.count': {
    en: 'manifoldGrid: expected {columns} x {rows} = {count} images for the lattice, got {got}.',
    my: 'manifoldGrid: ကွက်ဇယားအတွက် ပုံ {columns} x {rows} = {count} ပုံ လိုသည်၊ ရရှိသည်မှာ {got} ပုံ ဖြစ်သည်။',
  },
  'manifoldGrid.cellSize': {
    en: 'manifoldGrid: cellSize must be a positive whole number of pixels, got {got}.',
    my: 'manifoldGrid: cellSize သည် pixel အရေအတွက် အပေါင်း ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  // Charts drawn with vega-lite
  'bars.noItems': {
    en: 'comparisonBars: no items; pass at least one { name, value }.',
    my: 'comparisonBars: item မရှိပါ၊ အနည်းဆုံး { name, value } တစ်ခု ပေးပါ။',
  },
  'bars.noName': {
    en: 'comparisonBars: item {index} needs a name (non-empty string).',
    my: 'comparisonBars: item {index} တွင် name (ဗလာမဟုတ်သော string) လိုသည်။',
  },
  'bars.value': {
    en: 'comparisonBars: item {index} ("{name}") has value {value}; expected a finite number.',
    my: 'comparisonBars: item {index} ("{name}") ၏ value သည် {value} ဖြစ်နေသည်၊ အကန့်အသတ်ရှိ ကိန်းတစ်ခု ဖြစ်ရမည်။',
  },
  'bars.groups': {
    en: 'comparisonBars: give a group to every item or to none.',
    my: 'comparisonBars: item အားလုံးကို group ပေးပါ၊ သို့မဟုတ် တစ်ခုမျှ မပေးပါနှင့်။',
  },
  'bars.twice': { en: 'comparisonBars: "{name}" appears twice.', my: 'comparisonBars: "{name}" သည် နှစ်ကြိမ် ပါနေသည်။' },
  'bars.twiceInGroup': {
    en: 'comparisonBars: "{name}" in group "{group}" appears twice.',
    my: 'comparisonBars: group "{group}" ထဲရှိ "{name}" သည် နှစ်ကြိမ် ပါနေသည်။',
  },
  'lossCurves.noRecords': {
    en: 'lossCurves: no loss records yet; pass at least one { epoch, split, term, value }.',
    my: 'lossCurves: loss မှတ်တမ်း မရှိသေးပါ၊ အနည်းဆုံး { epoch, split, term, value } တစ်ခု ပေးပါ။',
  },
  'lossCurves.record': { en: 'lossCurves: record {index}', my: 'lossCurves: မှတ်တမ်း {index}' },
  'lossCurves.notObject': {
    en: '{where} must be an object { epoch, split, term, value }.',
    my: '{where} သည် object { epoch, split, term, value } ဖြစ်ရမည်။',
  },
  'lossCurves.epoch': {
    en: '{where}: epoch must be a number >= 0, got {got}.',
    my: '{where}: epoch သည် 0 နှင့်အထက် ကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'lossCurves.split': {
    en: "{where}: split must be 'train' or 'heldOut', got {got}.",
    my: "{where}: split သည် 'train' သို့မဟုတ် 'heldOut' ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။",
  },
  'lossCurves.term': {
    en: "{where}: term must be a non-empty string such as 'reconstruction'.",
    my: "{where}: term သည် 'reconstruction' ကဲ့သို့ ဗလာမဟုတ်သော string ဖြစ်ရမည်။",
  },
  'lossCurves.value': {
    en: '{where} ({split} {term}, epoch {epoch}): value is {value}; did training diverge?',
    my: '{where} ({split} {term}၊ epoch {epoch}): value သည် {value} ဖြစ်နေသည်၊ လေ့ကျင့်မှု ပျံ့ထွက် (diverge) သွားသလား။',
  },
  'lossCurves.logScale': {
    en: '{where} ({split} {term}, epoch {epoch}): value {value} cannot be drawn on a log scale; use logScale: false.',
    my: '{where} ({split} {term}၊ epoch {epoch}): value {value} ကို log စကေးပေါ်တွင် ဆွဲ၍ မရပါ၊ logScale: false ကို သုံးပါ။',
  },
  'lossCurves.twice': {
    en: '{where}: a second value for epoch {epoch}, {split}, {term}.',
    my: '{where}: epoch {epoch}၊ {split}၊ {term} အတွက် ဒုတိယ တန်ဖိုးတစ်ခု ပါနေသည်။',
  },
  'histogram.bins': {
    en: 'histogramBins: bins must be a positive integer, got {got}.',
    my: 'histogramBins: bins သည် အပေါင်း ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'histogram.range': {
    en: 'histogramBins: max ({max}) must be greater than min ({min}).',
    my: 'histogramBins: max ({max}) သည် min ({min}) ထက် ကြီးရမည်။',
  },
  'histogram.shape': {
    en: 'latentHistogram: values must be [N, D] or [N], got shape [{shape}].',
    my: 'latentHistogram: values သည် [N, D] သို့မဟုတ် [N] ဖြစ်ရမည်၊ ရရှိသည်မှာ shape [{shape}] ဖြစ်သည်။',
  },
  'histogram.dim': {
    en: 'latentHistogram: dim {dim} does not exist; values have {count} dimensions (0..{last}).',
    my: 'latentHistogram: dim {dim} မရှိပါ၊ values တွင် dimension {count} ခု (0..{last}) သာ ရှိသည်။',
  },
  'histogram.noDims': {
    en: 'latentHistogram: dims is empty; choose at least one dimension.',
    my: 'latentHistogram: dims သည် ဗလာ ဖြစ်နေသည်၊ အနည်းဆုံး dimension တစ်ခု ရွေးပါ။',
  },
  'histogram.names': {
    en: 'latentHistogram: got {names} names for {dims} dimensions.',
    my: 'latentHistogram: dimension {dims} ခုအတွက် အမည် {names} ခု ရရှိသည် (အရေအတွက် တူရမည်)။',
  },
  'scatter.atArray': {
    en: 'latentScatter: thumbnails.at must be an array of point indices.',
    my: 'latentScatter: thumbnails.at သည် အမှတ် index များပါသော array ဖြစ်ရမည်။',
  },
  'scatter.atCount': {
    en: 'latentScatter: thumbnails has {images} images but {indices} indices in "at"; they must match one to one.',
    my: 'latentScatter: thumbnails တွင် ပုံ {images} ပုံ ရှိသော်လည်း "at" တွင် index {indices} ခုသာ ရှိသည်၊ တစ်ခုနှင့်တစ်ခု ကိုက်ညီရမည်။',
  },
  'scatter.atIndex': {
    en: 'latentScatter: thumbnails.at[{k}] = {value} is not a point index (0..{last}).',
    my: 'latentScatter: thumbnails.at[{k}] = {value} သည် အမှတ် index (0..{last}) မဟုတ်ပါ။',
  },
  'scatter.labels': {
    en: 'latentScatter: got {points} points but {labels} labels; there must be one label per point.',
    my: 'latentScatter: အမှတ် {points} ခု ရှိသော်လည်း label {labels} ခုသာ ရှိသည်၊ အမှတ်တစ်ခုလျှင် label တစ်ခု ရှိရမည်။',
  },
  'scatter.thumbSize': {
    en: 'latentScatter: thumbnails.size must be a positive number of chart units, got {got}.',
    my: 'latentScatter: thumbnails.size သည် ဂရပ် ယူနစ် အရေအတွက် အပေါင်းကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်။',
  },
  'scatter.thumbSvg': {
    en: 'latentScatter: thumbnails need PNG output; remove format: "svg".',
    my: 'latentScatter: thumbnails အတွက် PNG output လိုသည်၊ format: "svg" ကို ဖယ်ပါ။',
  },
  // The latent explorer's decoder, run in the page (pageDecoder.ts)
  'page.half': {
    en: '{what}: value {value} at index {index} does not fit in half precision (|x| <= 65504); is the model diverged?',
    my: '{what}: index {index} ရှိ တန်ဖိုး {value} သည် half precision (|x| <= 65504) ထဲ မဆံ့ပါ၊ မော်ဒယ် ပျံ့ထွက် (diverge) သွားသလား။',
  },
  'page.layer': {
    en: "{what}: the decoder's layer {layer} cannot run in the page; the explorer needs a decoder of dense layers and at most one final reshape (like denseVae or denseAutoencoder make). For a convolutional decoder, draw the decoded lattice with manifoldGrid instead.",
    my: '{what}: ဒီကိုဒါ၏ အလွှာ {layer} ကို စာမျက်နှာထဲတွင် run ၍ မရပါ၊ explorer သည် dense အလွှာများနှင့် နောက်ဆုံး reshape တစ်ခုထက် မပိုသော ဒီကိုဒါ (denseVae သို့မဟုတ် denseAutoencoder ပြုလုပ်သကဲ့သို့) ကို လိုသည်။ ကွန်ဗိုလူးရှင်း (convolutional) ဒီကိုဒါအတွက် ပြန်ဖော်ထားသော ကွက်ဇယားကို manifoldGrid ဖြင့် ဆွဲပါ။',
  },
  'page.activation': {
    en: "{what}: layer {layer} uses activation '{activation}'; the page knows {known}.",
    my: "{what}: အလွှာ {layer} သည် activation '{activation}' ကို သုံးသည်၊ စာမျက်နှာက သိသည်မှာ {known} သာ ဖြစ်သည်။",
  },
  'page.noDense': { en: '{what}: the decoder has no dense layer to run.', my: '{what}: ဒီကိုဒါတွင် run စရာ dense အလွှာ မရှိပါ။' },
  // Melodies: piano rolls and sound (pianoRoll.ts, audio.ts)
  'pianoRoll.noPanels': {
    en: 'pianoRoll: give at least one panel { label, tokens }',
    my: 'pianoRoll: အနည်းဆုံး panel { label, tokens } တစ်ခု ပေးပါ',
  },
  'pianoRoll.tokens': {
    en: 'pianoRoll: panel {index} needs a non-empty tokens array',
    my: 'pianoRoll: panel {index} တွင် ဗလာမဟုတ်သော tokens array လိုသည်',
  },
  'audio.sampleRateRange': {
    en: 'sampleRate must be between 1000 and 192000, got {got}',
    my: 'sampleRate သည် 1000 နှင့် 192000 ကြား ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'audio.bpm': { en: 'bpm must be a positive number, got {got}', my: 'bpm သည် အပေါင်းကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်' },
  'audio.note': {
    en: 'note {index} needs a pitch, a start >= 0 and steps > 0, got {got}',
    my: 'note {index} တွင် pitch၊ 0 နှင့်အထက် start နှင့် 0 ထက်ကြီးသော steps လိုသည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'audio.sampleRateWhole': {
    en: 'sampleRate must be a whole number >= 1, got {got}',
    my: 'sampleRate သည် 1 နှင့်အထက် ကိန်းပြည့် ဖြစ်ရမည်၊ ရရှိသည်မှာ {got} ဖြစ်သည်',
  },
  'audio.sampleNaN': {
    en: 'sample {index} is NaN; samples must be numbers in [-1, 1]',
    my: 'sample {index} သည် NaN ဖြစ်နေသည်၊ sample များသည် [-1, 1] အတွင်းရှိ ကိန်းများ ဖြစ်ရမည်',
  },
  'audio.empty': {
    en: 'melodyClip "{name}": there is nothing to play (no notes and no totalSteps)',
    my: 'melodyClip "{name}": ဖွင့်စရာ ဘာမျှ မရှိပါ (note မရှိ၊ totalSteps မရှိ)',
  },
} satisfies Record<string, Message>;

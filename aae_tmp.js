const ae = require('./build/lib/index.js');
(async () => {
  await ae.ready();
  const mnist = await ae.loadDataset({});
  const ring = ae.ringOfGaussians();
  const fitted = await ae.fit(ae.aaeRecipe(mnist, ring));
  const codes = ae.encode(fitted.models.encoder, mnist.test.images);
  console.log('overlap', ae.priorOverlap(codes, ring), 'seconds', fitted.result.seconds, 'epochs', fitted.result.epochsRun, JSON.stringify(fitted.result.final.heldOut));
  const pts = codes.arraySync(); const r = pts.map(([x,y]) => Math.hypot(x,y)); r.sort((a,b)=>a-b);
  console.log('radius quantiles', [0.1,0.5,0.9].map(q => r[Math.floor(q*r.length)].toFixed(2)).join(' '));
})();

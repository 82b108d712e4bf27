// The measuring hooks for the demo page: Emscripten calls Module.postMainLoop after each
// main-loop iteration. The first one is the demo's first frame on screen.
window.demoWakeups = 0;
window.demoFirstFrame = null;
window.Module = {
  canvas: document.getElementById('canvas'),
  postMainLoop: () => {
    window.demoWakeups++;
    if (window.demoFirstFrame === null) window.demoFirstFrame = performance.now();
  },
};

// The test LMS: scorm-again's Scorm12API as window.API, as real LMSs embed it, and the course in an
// iframe. The browser test calls launch(): `mode` "ok", or "init-false" (LMSInitialize answers false
// with error 101); `cmi` the data the LMS holds for the learner (scorm-again's JSON form).
/* global Scorm12API */
window.launch = function launch(packageUrl, mode, cmi) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi);
  if (mode === 'init-false') {
    const lastError = api.LMSGetLastError.bind(api);
    let refused = false;
    api.LMSInitialize = () => {
      refused = true;
      return 'false';
    };
    api.LMSGetLastError = () => (refused ? '101' : lastError());
  }
  window.API = api;
  const frame = document.createElement('iframe');
  frame.title = 'Course';
  frame.src = packageUrl;
  frame.style.width = '100%';
  frame.style.height = '80vh';
  document.getElementById('course').append(frame);
};

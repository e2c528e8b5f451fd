export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    document.documentElement.setAttribute('data-spoiler-shield-loaded', '');
  },
});

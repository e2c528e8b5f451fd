export default defineBackground(() => {
  // Wired in the shield and popup issues: badge count, defaults on install.
});

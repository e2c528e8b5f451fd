export type PrefValue = string | number | boolean;

/**
 * Preferences for a throwaway test profile. The machine running the tests may be offline,
 * and Firefox stalls or logs noise when its background services cannot reach their servers,
 * so every service that would call home is off or pointed at nothing. The remote agent adds
 * its own recommended set once it starts; these are the ones read earlier, at startup.
 */
export const QUIET_PREFS: Record<string, PrefValue> = {
  // First run, welcome and default-browser prompts.
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'trailhead.firstrun.didSeeAboutWelcome': true,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.sessionstore.resume_from_crash': false,
  'toolkit.startup.max_resumed_crashes': -1,
  // Updates of the browser, add-ons, system add-ons, search engines and media plugins.
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.pocket.enabled': false,
  'browser.search.update': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  // Telemetry, studies, experiments.
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.ml.enable': false,
  'browser.translations.enable': false,
  // Remote settings (blocklists, experiments, suggestions): a server that is not there.
  'services.settings.server': 'data:,#remote-settings-disabled',
  // Safe browsing lists.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  // Network probes: captive portal, connectivity, DNS over HTTPS, geolocation, region, OCSP.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.trr.mode': 5,
  'geo.provider.network.url': '',
  'browser.region.network.url': '',
  'security.OCSP.enabled': 0,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
};

/** A user.js body: one `user_pref(name, value);` line per preference. */
export function userJs(prefs: Record<string, PrefValue>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n')
    .concat('\n');
}

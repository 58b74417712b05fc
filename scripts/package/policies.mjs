// Example browser policies for an IT-managed rollout, with the extension id and addresses filled
// in, and the page that tells an administrator where each one goes.

export const GECKO_ID = 'hcp-lens@hcplens.app';

/** Chrome/Chromium/Edge: force-install from the company's own server. */
export function chromePolicy({ id, updateUrl }) {
  return {
    ExtensionInstallForcelist: [`${id};${updateUrl}`],
    ExtensionSettings: {
      [id]: { installation_mode: 'force_installed', update_url: updateUrl },
    },
  };
}

/**
 * Firefox policies.json. The preference lets firefox-esr and Developer Edition install the
 * package before Mozilla has signed it; a release Firefox ignores it and needs the signed one.
 */
export function firefoxPolicies({ installUrl }) {
  return {
    policies: {
      ExtensionSettings: {
        [GECKO_ID]: { installation_mode: 'force_installed', install_url: installUrl },
      },
      Preferences: {
        'xpinstall.signatures.required': { Value: false, Status: 'locked' },
      },
    },
  };
}

export function rolloutGuide({ version, id, base, files }) {
  return `# Installing HCP Lens ${version} on your organisation's browsers

These files were made by \`npm run package\`. The addresses below point at
\`${base}\`: put the files listed there on that web server (or package again with
\`HCP_LENS_UPDATE_URL=https://your.server/path/\`).

| file | what it is |
|---|---|
| \`${files.crx}\` | Chrome/Edge package, signed; extension id \`${id}\` |
| \`update.xml\` | tells Chrome where the package is and which version it is |
| \`chrome-policy.json\` | the Chrome policy that installs it (ExtensionInstallForcelist and ExtensionSettings: use either) |
| \`${files.firefox}\` | Firefox package |
| \`firefox-policies.json\` | the Firefox policy that installs it |

## Chrome, Chromium, Edge

Serve \`${files.crx}\` and \`update.xml\` at \`${base}\`. Then set the policy:

- **Linux**: copy \`chrome-policy.json\` to \`/etc/opt/chrome/policies/managed/\` (Chrome),
  \`/etc/chromium/policies/managed/\` (Chromium) or \`/etc/opt/edge/policies/managed/\` (Edge).
- **Windows (Group Policy)**: with Google's ADMX templates, *Computer Configuration >
  Administrative Templates > Google Chrome > Extensions > Configure the list of force-installed
  apps and extensions*, add \`${id};${base}update.xml\`; or set the *Extension management
  settings* policy to the \`ExtensionSettings\` part of \`chrome-policy.json\`.
- **macOS (configuration profile)**: in a profile for the \`com.google.Chrome\` domain, add the
  key \`ExtensionInstallForcelist\` (array with the string above) or \`ExtensionSettings\`
  (dictionary, as in \`chrome-policy.json\`), and install the profile through your MDM.

Chrome installs extensions from outside the Chrome Web Store only on managed computers (joined to
a Windows domain, enrolled in an MDM on macOS, or any Linux computer with the policy file).
Sign every later version with the same key, or the id changes and the policy no longer matches.

## Firefox

Serve \`${files.firefox}\` at \`${base}\` (a \`file://\` address on a shared drive also works) and
put \`firefox-policies.json\`, renamed to \`policies.json\`, in the \`distribution\` folder next to the
Firefox program: Linux e.g. \`/usr/lib/firefox-esr/distribution/\`, Windows \`C:\\Program Files\\Mozilla Firefox\\distribution\\\`, macOS
\`Firefox.app/Contents/Resources/distribution/\`. On Windows and macOS the same settings can also
be given through Mozilla's ADMX templates or a configuration profile.

Until Mozilla has signed HCP Lens (the add-ons listing does that), only **Firefox ESR** and
**Developer Edition** install this package, because the policy sets
\`xpinstall.signatures.required\` to false. A release Firefox refuses unsigned add-ons: use the
signed file from the listing there, and remove the \`Preferences\` part of the policy.
`;
}

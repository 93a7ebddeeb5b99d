import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { addonPack, corpusText, exportYaml, findings, fixOnce, infraPacks } from './rules-structure-helpers.js';

describe('missing-field', () => {
  test('a complete export profile has no missing fields', () => {
    assert.deepEqual(findings(exportYaml([...infraPacks, addonPack]), 'missing-field'), []);
  });

  test('a profile without name, version or cloud type says which field is missing', () => {
    const text = 'metadata:\n  description: x\nspec:\n  template:\n    type: add-on\n    packs: []\n';
    const fields = findings(text, 'missing-field').map((f) => f.data?.field);
    assert.deepEqual(fields, ['metadata.name', 'spec.version', 'spec.template.cloudType']);
  });

  test('an empty profile name counts as missing and is underlined where the value belongs', () => {
    const text = exportYaml(infraPacks, { name: '""' });
    const [f] = findings(text, 'missing-field');
    assert.equal(f.data?.field, 'metadata.name');
    assert.equal(text.slice(f.range[0], f.range[1]), '""');
  });

  test('a missing profile type is only a warning because Palette assumes cluster', () => {
    const text = exportYaml(infraPacks).replace('    type: cluster\n', '');
    const [f] = findings(text, 'missing-field');
    assert.equal(f.data?.field, 'spec.template.type');
    assert.equal(f.severity, 'warning');
  });

  test('an export-form pack needs a layer and a tag or version; a missing registry is a warning', () => {
    const text = exportYaml([{ name: 'hello-universe', type: 'oci' }], { type: 'add-on', cloudType: 'all' });
    const got = findings(text, 'missing-field').map((f) => `${f.data?.field}:${f.severity}`);
    assert.deepEqual(got, ['layer:error', 'tag:error', 'registry:warning']);
  });

  test('a create-form pack needs no layer (the create entity has none)', () => {
    const text = exportYaml([{ name: 'kubernetes', tag: '1.27.5', extra: ['registryUid: 5eecc89d0b150045ae661cef'] }], { type: 'infra' });
    assert.deepEqual(findings(text, 'missing-field'), []);
  });

  test('a manifest pack needs neither a tag nor a registry', () => {
    const text = exportYaml([{ name: 'install-app', type: 'manifest', layer: 'addon' }], { type: 'add-on', cloudType: 'all' });
    assert.deepEqual(findings(text, 'missing-field'), []);
  });

  test('a pack that is not a mapping is one finding, not one per field', () => {
    const text = `${exportYaml([], { type: 'add-on', cloudType: 'all' })}      - hello-universe\n`;
    const got = findings(text, 'missing-field');
    assert.deepEqual(got.map((f) => f.data?.field), ['pack']);
    assert.equal(text.slice(got[0].range[0], got[0].range[1]), 'hello-universe');
  });

  test('a plain YAML file that is not a profile gets no missing-field findings', () => {
    assert.deepEqual(findings('apiVersion: v1\nkind: ConfigMap\n', 'missing-field'), []);
  });
});

describe('invalid-enum', () => {
  test('every valid pack type, layer, profile type and cloud type passes', () => {
    for (const type of ['spectro', 'helm', 'manifest', 'oci']) {
      assert.deepEqual(findings(exportYaml([{ ...addonPack, type }], { type: 'add-on' }), 'invalid-enum'), [], type);
    }
    for (const layer of ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon']) {
      assert.deepEqual(findings(exportYaml([{ ...addonPack, layer }]), 'invalid-enum'), [], layer);
    }
    for (const type of ['cluster', 'infra', 'add-on', 'system']) {
      assert.deepEqual(findings(exportYaml(infraPacks, { type }), 'invalid-enum'), [], type);
    }
    for (const cloudType of ['all', 'edge-native', 'apache-cloudstack', 'libvirt', 'nutanix']) {
      assert.deepEqual(findings(exportYaml(infraPacks, { cloudType }), 'invalid-enum'), [], cloudType);
    }
  });

  test('a misspelt pack type suggests the nearest one and the fix makes the profile clean', () => {
    const text = exportYaml([{ ...addonPack, type: 'helmm' }], { type: 'add-on', cloudType: 'all' });
    const [f] = findings(text, 'invalid-enum');
    assert.equal(f.data?.suggestion, 'helm');
    const fixed = fixOnce(text, 'invalid-enum');
    assert.match(fixed, /type: helm\n/);
    assert.deepEqual(findings(fixed, 'invalid-enum'), []);
  });

  test('UI labels map to the API value: Full → cluster, kubernetes → k8s', () => {
    const text = exportYaml([{ ...infraPacks[1], layer: 'kubernetes' }], { type: 'Full' });
    assert.deepEqual(findings(text, 'invalid-enum').map((f) => f.data?.suggestion), ['cluster', 'k8s']);
  });

  test('the fix keeps the quote style of YAML and quotes in JSON', () => {
    const single = exportYaml([{ ...addonPack, layer: "'addons'" }], { type: 'add-on', cloudType: 'all' });
    assert.match(fixOnce(single, 'invalid-enum'), /layer: 'addon'\n/);
    const json = corpusText('invalid-enums-json.profile.json');
    const fixed = fixOnce(json, 'invalid-enum');
    assert.match(fixed, /"type": "add-on"/);
    assert.doesNotThrow(() => JSON.parse(fixed));
  });

  test('an unknown cloud type is a warning, since Palette also knows custom clouds', () => {
    const [f] = findings(exportYaml(infraPacks, { cloudType: 'vsphre' }), 'invalid-enum');
    assert.equal(f.severity, 'warning');
    assert.equal(f.data?.suggestion, 'vsphere');
  });

  test('a value far from every valid one gets no suggestion and no fix', () => {
    const text = exportYaml([{ ...addonPack, layer: 'storage-driver' }]);
    const [f] = findings(text, 'invalid-enum');
    assert.equal(f.data?.suggestion, undefined);
    assert.throws(() => fixOnce(text, 'invalid-enum'), /no fix/);
  });
});

describe('invalid-profile-version', () => {
  test('strict semver versions, with or without a pre-release, pass', () => {
    for (const version of ['1.0.0', '0.1.0', '10.20.30', '1.0.0-rc.1', '"2.3.4"']) {
      assert.deepEqual(findings(exportYaml(infraPacks, { version }), 'invalid-profile-version'), [], version);
    }
  });

  test('loose versions are flagged: 1.0, v1.2.3, 01.0.0, build metadata, words', () => {
    for (const version of ['1.0', 'v1.2.3', '01.0.0', '1.0.0+build.1', 'b0.0.1', 'latest', '1']) {
      assert.equal(findings(exportYaml(infraPacks, { version }), 'invalid-profile-version').length, 1, version);
    }
  });

  test('the fix turns 1.0 into 1.0.0 and the profile validates clean', () => {
    const fixed = fixOnce(exportYaml(infraPacks, { version: '1.0' }), 'invalid-profile-version');
    assert.match(fixed, /version: 1\.0\.0\n/);
    assert.deepEqual(findings(fixed, 'invalid-profile-version'), []);
  });

  test('the fix turns "v1.2.3" into "1.2.3" in JSON', () => {
    const fixed = fixOnce(corpusText('profile-version-v-prefix.profile.json'), 'invalid-profile-version');
    assert.match(fixed, /"version": "1\.2\.3"/);
    assert.deepEqual(findings(fixed, 'invalid-profile-version'), []);
  });

  test('a JSON number version 1.5 is fixed to the string "1.5.0"', () => {
    const json = JSON.stringify({ metadata: { name: 'x' }, spec: { version: 1.5, template: { type: 'add-on', cloudType: 'all', packs: [] } } }, null, 2);
    const fixed = fixOnce(json, 'invalid-profile-version');
    assert.equal(JSON.parse(fixed).spec.version, '1.5.0');
  });

  test('b0.0.1 gets no fix: its intent is not clear', () => {
    assert.throws(() => fixOnce(exportYaml(infraPacks, { version: 'b0.0.1' }), 'invalid-profile-version'), /no fix/);
  });
});

describe('duplicate-pack', () => {
  test('the second pack of the same name is flagged, not the first', () => {
    const text = exportYaml([addonPack, { ...addonPack, tag: '1.3.0' }], { type: 'add-on', cloudType: 'all' });
    const [f, ...rest] = findings(text, 'duplicate-pack');
    assert.equal(rest.length, 0);
    assert.equal(f.data?.firstIndex, 0);
    assert.ok(f.range[0] > text.indexOf('tag: 1.3.1'));
  });

  test('aliases of the same pack are allowed, the same alias twice is not', () => {
    const alias = { ...addonPack, name: 'second--hello-universe' };
    const ok = exportYaml([addonPack, alias], { type: 'add-on', cloudType: 'all' });
    assert.deepEqual(findings(ok, 'duplicate-pack'), []);
    const twice = exportYaml([addonPack, alias, alias], { type: 'add-on', cloudType: 'all' });
    assert.equal(findings(twice, 'duplicate-pack').length, 1);
  });
});

describe('layer-composition and mixed-profile', () => {
  const csi = { name: 'csi-aws-ebs', type: 'spectro', layer: 'csi', tag: '1.22.0', registry: 'Public Repo' };

  test('an infra profile with one os, k8s, cni and csi is fine', () => {
    assert.deepEqual(findings(exportYaml([...infraPacks, csi], { type: 'infra' }), 'layer-composition'), []);
  });

  test('an infra profile without a cni layer is told which layer it lacks', () => {
    const [f] = findings(exportYaml(infraPacks.slice(0, 2), { type: 'infra' }), 'layer-composition');
    assert.deepEqual(f.data, { layer: 'cni', profileType: 'infra', problem: 'missing' });
  });

  test('a second k8s layer and a second csi layer are flagged on the extra pack', () => {
    const text = exportYaml([...infraPacks, { ...infraPacks[1], name: 'kubernetes-eks' }, csi, { ...csi, name: 'csi-rook-ceph' }], { type: 'infra' });
    const got = findings(text, 'layer-composition').map((f) => `${f.data?.layer}:${f.data?.problem}`);
    assert.deepEqual(got, ['k8s:extra', 'csi:extra']);
  });

  test('an add-on is flagged in an infra profile but welcome in a cluster profile, with mixed-profile advice', () => {
    assert.equal(findings(exportYaml([...infraPacks, addonPack], { type: 'infra' }), 'layer-composition').length, 1);
    const cluster = exportYaml([...infraPacks, addonPack], { type: 'cluster' });
    assert.deepEqual(findings(cluster, 'layer-composition'), []);
    const [mixed] = findings(cluster, 'mixed-profile');
    assert.equal(mixed.severity, 'info');
  });

  test('a cluster profile with only infrastructure layers gets no mixed-profile advice', () => {
    assert.deepEqual(findings(exportYaml(infraPacks, { type: 'cluster' }), 'mixed-profile'), []);
  });

  test('an add-on profile holding an os layer is flagged on that layer', () => {
    const text = exportYaml([infraPacks[0], addonPack], { type: 'add-on', cloudType: 'all' });
    const [f] = findings(text, 'layer-composition');
    assert.equal(text.slice(f.range[0], f.range[1]), 'os');
  });

  test('create-form packs without layers are not reported as missing layers', () => {
    const text = corpusText('create-form-infra.profile.yaml');
    assert.deepEqual(findings(text, 'layer-composition'), []);
  });

  test('system profiles are not judged', () => {
    assert.deepEqual(findings(exportYaml([addonPack], { type: 'system' }), 'layer-composition'), []);
  });
});

describe('pack-type-mismatch', () => {
  test("a spectro-typed pack in Palette Registry gets Palette's own message and the fix sets oci", () => {
    const text = exportYaml([{ ...addonPack, type: 'spectro', registry: 'Palette Registry' }], { type: 'add-on', cloudType: 'all' });
    const [f] = findings(text, 'pack-type-mismatch');
    assert.match(f.message, /^PackType 'spectro' is not matching with registry type 'oci'/);
    assert.equal(f.data?.expected, 'oci');
    const fixed = fixOnce(text, 'pack-type-mismatch');
    assert.deepEqual(findings(fixed, 'pack-type-mismatch'), []);
    assert.match(fixed, /type: oci\n/);
  });

  test('types matching their well-known registry pass: Public Repo spectro, Bitnami helm, Community oci', () => {
    const packs = [
      { ...infraPacks[0] },
      { name: 'nginx', type: 'helm', layer: 'addon', tag: '15.1.0', registry: 'Bitnami' },
      addonPack,
    ];
    assert.deepEqual(findings(exportYaml(packs), 'pack-type-mismatch'), []);
  });

  test('a registry the product does not know is not judged without a catalog', () => {
    const text = exportYaml([{ ...addonPack, type: 'spectro', registry: 'My Harbor' }], { type: 'add-on', cloudType: 'all' });
    assert.deepEqual(findings(text, 'pack-type-mismatch'), []);
  });

  test('the fix quotes the type in a JSON profile', () => {
    const fixed = fixOnce(corpusText('pack-type-mismatch-json.profile.json'), 'pack-type-mismatch');
    assert.match(fixed, /"type": "oci"/);
    assert.deepEqual(findings(fixed, 'pack-type-mismatch'), []);
  });
});

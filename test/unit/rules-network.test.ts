import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, at, findings, fixes, profileYaml, realValues } from './rules-profile-builder.js';
import { cidrsOverlap, formatNetwork, parseCidr } from '../../server/src/core/cidr.js';

const net = (text: string) => findings(text).filter((f) => f.code === 'invalid-cidr' || f.code === 'cidr-overlap');
const show = (text: string) => net(text).map((f) => `${f.code} ${f.severity} ${at(text, f)}`);

function k3s(pod: string, service: string): string {
  const values = realValues('edge-k3s-1.25.2').replace('"192.168.0.0/16"', pod).replace('"192.169.0.0/16"', service);
  return profileYaml([{ name: 'edge-k3s', layer: 'k8s', tag: '1.25.x', version: '1.25.2', values }]);
}

function edgeK8s(pod: string, service: string): string {
  const values = realValues('edge-k8s-1.29.x-docs-example')
    .replace('podSubnet: 192.168.0.0/16', `podSubnet: ${pod}`)
    .replace('serviceSubnet: 192.169.0.0/16', `serviceSubnet: ${service}`);
  return profileYaml([{ name: 'edge-k8s', layer: 'k8s', tag: '1.29.0', values }]);
}

describe('CIDR arithmetic', () => {
  test('IPv4 and IPv6 ranges overlap only within one family and when one contains the other', () => {
    const c = (s: string) => {
      const parsed = parseCidr(s);
      assert.ok(parsed.ok, s);
      return parsed.cidr;
    };
    assert.equal(cidrsOverlap(c('192.168.0.0/16'), c('192.168.128.0/17')), true);
    assert.equal(cidrsOverlap(c('192.168.0.0/16'), c('192.169.0.0/16')), false);
    assert.equal(cidrsOverlap(c('2001:cafe:42::/56'), c('2001:cafe:42:0:1::/112')), true);
    assert.equal(cidrsOverlap(c('10.0.0.0/8'), c('::/0')), false);
    assert.equal(formatNetwork(c('2001:cafe:42::5/56')), '2001:cafe:42::/56');
    assert.equal(parseCidr('10.0.0.0').ok, false);
    assert.equal(parseCidr('10.0.0.0/33').ok, false);
    assert.equal(parseCidr('2001::cafe::1/64').ok, false);
  });
});

describe('invalid-cidr', () => {
  test('the real edge-k3s and edge-k8s defaults are valid and do not overlap', () => {
    assert.deepEqual(show(k3s('"192.168.0.0/16"', '"192.169.0.0/16"')), []);
    assert.deepEqual(show(edgeK8s('192.168.0.0/16', '192.169.0.0/16')), []);
  });

  test('a bad octet inside the nested cluster.config is reported on exactly the CIDR characters', () => {
    assert.deepEqual(show(k3s('"192.168.0.300/16"', '"192.169.0.0/16"')), ['invalid-cidr error 192.168.0.300/16']);
  });

  test('host bits set is a warning whose fix writes the network address', () => {
    const text = k3s('"100.64.7.0/18"', '"100.64.64.0/18"');
    const found = net(text);
    assert.deepEqual(show(text), ['invalid-cidr warning 100.64.7.0/18']);
    const fixed = applyEdits(text, fixes(text, found[0]!)[0]!.edits);
    assert.match(fixed, /cluster-cidr: "100\.64\.0\.0\/18"/);
    assert.deepEqual(show(fixed), []);
  });

  test('dual-stack lists are checked entry by entry', () => {
    assert.deepEqual(show(k3s('"10.42.0.0/16,2001:cafe:42::/56"', '"10.43.0.0/16, 2001:cafe:43::/112"')), []);
    assert.deepEqual(show(k3s('"10.42.0.0/16,2001:cafe:42::/129"', '"10.43.0.0/16"')), ['invalid-cidr error 2001:cafe:42::/129']);
  });

  test('values set by a variable or macro are left alone', () => {
    assert.deepEqual(show(k3s("'{{ .spectro.var.podCidr }}'", '"192.169.0.0/16"')).filter((s) => s.startsWith('invalid')), []);
  });
});

describe('cidr-overlap', () => {
  test('an edge-k8s service subnet inside the pod subnet is reported on the service subnet', () => {
    assert.deepEqual(show(edgeK8s('192.168.0.0/16', '192.168.128.0/17')), ['cidr-overlap error 192.168.128.0/17']);
  });

  test('PXK kubernetes podCIDR and serviceClusterIpRange are compared', () => {
    const values = realValues('kubernetes-1.27.5').replace('serviceClusterIpRange: "10.96.0.0/12"', 'serviceClusterIpRange: "192.168.10.0/24"');
    const text = profileYaml([{ name: 'kubernetes', layer: 'k8s', tag: '1.27.5', values }], { cloudType: 'aws' });
    assert.deepEqual(show(text), ['cidr-overlap error 192.168.10.0/24']);
  });

  test('IPv6 halves of dual-stack lists overlap too', () => {
    assert.deepEqual(show(k3s('"10.42.0.0/16,2001:cafe:42::/56"', '"10.43.0.0/16,2001:cafe:42::/112"')), ['cidr-overlap error 2001:cafe:42::/112']);
  });
});

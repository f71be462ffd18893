// Package linker groups listings into vendor clusters: listings that share
// a contact (e-mail, phone, WhatsApp, Telegram, Wickr, WeChat, QQ, Skype,
// PGP key, crypto-currency address) belong to one vendor, on one site or
// across sites, and the link is transitive.
//
// Contacts are compared by Key, so the same number or handle written two
// ways links. Only contacts link: vendor names and vendor records do not.
// A contact seen on listings of very many sites is a platform's own (a
// marketplace's support address, a shared escrow wallet) and is left out;
// Noisy reports those.
package linker

import (
	"cmp"
	"slices"
	"strings"

	"github.com/npswatch/npswatch"
)

// NoisySites is the default site count above which a contact does not link:
// a value on listings of more than this many distinct sites is taken for a
// platform's own contact.
const NoisySites = 50

// Cluster is a set of listings linked by shared contacts (transitively).
//
// Contacts are normalised (see Key): the value is the normalised value and
// the kind is the kind the pages gave it, or the key space ("phone") when
// they gave it under several kinds (a number listed as phone on one site
// and as WhatsApp on another).
type Cluster struct {
	// ID is stable: ShortID("cluster", smallest link key).
	ID string `json:"id"`
	// Contacts are the contacts that occur on 2+ listings of the cluster
	// (the links), sorted by kind and value.
	Contacts []npswatch.Contact `json:"contacts"`
	// AllContacts are every contact of the cluster's listings, ignored and
	// noisy ones left out, sorted.
	AllContacts []npswatch.Contact `json:"all_contacts"`
	Sites       []string           `json:"sites"`       // sorted distinct non-empty sites
	Vendors     []string           `json:"vendors"`     // distinct non-empty vendor names (by VendorKey), sorted
	ListingIDs  []string           `json:"listing_ids"` // sorted
	HitIDs      []string           `json:"hit_ids"`     // hits of those listings, sorted
}

// Options tune Clusters.
type Options struct {
	// MinListings is the fewest listings a cluster must have to be
	// returned; 0 means 2. With 1, every listing with a usable contact
	// is returned, linked or not.
	MinListings int
	// Ignore lists contact values that must never link: a marketplace's own
	// support e-mail, a shared escrow address. They are compared by Key.
	Ignore []npswatch.Contact
	// MaxSites: a contact on listings of more than this many distinct
	// sites does not link; 0 means NoisySites.
	MaxSites int
}

// Clusters groups listings by shared contacts (union-find). Listings without
// contacts, and contacts on one listing only, form no link. Listings are
// identified by ID (SetID's when empty); the same ID seen twice is one
// listing. Returned sorted by number of sites desc, then listings desc,
// then ID. The result does not depend on the order of listings or hits.
func Clusters(listings []npswatch.Listing, hits []npswatch.Hit, opts Options) []Cluster {
	minListings := opts.MinListings
	if minListings <= 0 {
		minListings = 2
	}
	maxSites := opts.MaxSites
	if maxSites <= 0 {
		maxSites = NoisySites
	}
	ix := build(listings)

	// Keys that do not link: ignored, or on too many sites.
	skip := make([]bool, len(ix.keys))
	for _, c := range opts.Ignore {
		k := ix.resolve(Key(c))
		if k == "" {
			continue
		}
		cands := []string{k}
		if rest, ok := strings.CutPrefix(k, npswatch.ContactPhone+":+"); ok {
			// An ignored E.164 number also covers its digits written
			// without "+".
			cands = append(cands, npswatch.ContactPhone+":"+rest)
		}
		for _, k := range cands {
			if id, ok := ix.keyID[k]; ok {
				skip[id] = true
			}
		}
	}
	for id, k := range ix.keys {
		if len(k.sites) > maxSites {
			skip[id] = true
		}
	}

	// Union the listings of every key.
	uf := newUnionFind(len(ix.nodes))
	for id, k := range ix.keys {
		if skip[id] {
			continue
		}
		for _, n := range k.nodes[1:] {
			uf.union(int(k.nodes[0]), int(n))
		}
	}

	// Group the listings that have a usable key by their root.
	groups := map[int][]int{}
	var roots []int
	for n, node := range ix.nodes {
		usable := false
		for _, id := range node.keys {
			usable = usable || !skip[id]
		}
		if !usable {
			continue
		}
		r := uf.find(n)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], n)
	}

	hitsOf := map[string][]string{}
	for i := range hits {
		h := hits[i]
		if h.ID == "" {
			h.SetID()
		}
		hitsOf[h.ListingID] = append(hitsOf[h.ListingID], h.ID)
	}

	var out []Cluster
	for _, r := range roots {
		members := groups[r]
		if len(members) < minListings {
			continue
		}
		out = append(out, ix.cluster(members, skip, hitsOf))
	}
	slices.SortFunc(out, func(a, b Cluster) int {
		if c := cmp.Compare(len(b.Sites), len(a.Sites)); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.ListingIDs), len(a.ListingIDs)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

// Noisy returns the contacts that occur on listings of more than threshold
// distinct sites (0 or less means NoisySites), normalised as in Cluster
// and sorted. Clusters leaves them out of linking.
func Noisy(listings []npswatch.Listing, threshold int) []npswatch.Contact {
	if threshold <= 0 {
		threshold = NoisySites
	}
	ix := build(listings)
	var out []npswatch.Contact
	for _, k := range ix.keys {
		if len(k.sites) > threshold {
			out = append(out, k.contact())
		}
	}
	sortContacts(out)
	return out
}

// cluster assembles the cluster of the listings members.
func (ix *index) cluster(members []int, skip []bool, hitsOf map[string][]string) Cluster {
	var c Cluster
	sites := map[string]bool{}
	vendors := map[string]string{} // VendorKey → smallest display name
	keys := map[int32]bool{}
	for _, n := range members {
		node := ix.nodes[n]
		c.ListingIDs = append(c.ListingIDs, node.id)
		c.HitIDs = append(c.HitIDs, hitsOf[node.id]...)
		if node.site != "" {
			sites[node.site] = true
		}
		for _, v := range node.vendors {
			vk := npswatch.VendorKey(v)
			if vk == "" {
				continue
			}
			if old, ok := vendors[vk]; !ok || v < old {
				vendors[vk] = v
			}
		}
		for _, id := range node.keys {
			if !skip[id] {
				keys[id] = true
			}
		}
	}
	var linkKeys, allKeys []string
	for id := range keys {
		k := ix.keys[id]
		c.AllContacts = append(c.AllContacts, k.contact())
		allKeys = append(allKeys, k.key)
		if len(k.nodes) >= 2 {
			c.Contacts = append(c.Contacts, k.contact())
			linkKeys = append(linkKeys, k.key)
		}
	}
	idKeys := linkKeys
	if len(idKeys) == 0 {
		idKeys = allKeys
	}
	c.ID = npswatch.ShortID("cluster", slices.Min(idKeys))
	sortContacts(c.Contacts)
	sortContacts(c.AllContacts)
	for s := range sites {
		c.Sites = append(c.Sites, s)
	}
	slices.Sort(c.Sites)
	for _, v := range vendors {
		c.Vendors = append(c.Vendors, v)
	}
	slices.Sort(c.Vendors)
	slices.Sort(c.ListingIDs)
	slices.Sort(c.HitIDs)
	c.HitIDs = slices.Compact(c.HitIDs)
	return c
}

func sortContacts(cs []npswatch.Contact) {
	slices.SortFunc(cs, func(a, b npswatch.Contact) int {
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return cmp.Compare(a.Value, b.Value)
	})
}

// index holds the listings (deduplicated by ID, in ID order) and the
// normalised keys of their contacts.
type index struct {
	nodes []node
	keys  []*keyInfo
	keyID map[string]int32
	// bare maps a phone key written without country code to the E.164
	// key with the same digits, where the data has one.
	bare map[string]string
}

type node struct {
	id      string
	site    string
	vendors []string
	keys    []int32 // distinct
}

type keyInfo struct {
	key   string
	space string
	value string
	kinds []string        // distinct kinds the pages gave, in first-seen order
	nodes []int32         // distinct listings, ascending
	sites map[string]bool // distinct non-empty sites
}

// contact is the normalised contact of k: its own kind when all pages gave
// it under one kind, the key space otherwise.
func (k *keyInfo) contact() npswatch.Contact {
	kind := k.space
	if len(k.kinds) == 1 {
		kind = k.kinds[0]
	}
	return npswatch.Contact{Kind: kind, Value: k.value}
}

type rawKey struct{ key, space, value, kind string }

func build(listings []npswatch.Listing) *index {
	// Deduplicate by ID and order by it, so that nothing depends on the
	// input order.
	type entry struct {
		id, site string
		vendors  []string
		contacts []npswatch.Contact
	}
	byID := map[string]*entry{}
	var ids []string
	for i := range listings {
		l := &listings[i]
		id := l.ID
		if id == "" {
			cp := *l
			cp.SetID()
			id = cp.ID
		}
		e, ok := byID[id]
		if !ok {
			e = &entry{id: id, site: l.Site}
			byID[id] = e
			ids = append(ids, id)
		} else if e.site == "" || (l.Site != "" && l.Site < e.site) {
			e.site = l.Site
		}
		if l.Vendor != "" {
			e.vendors = append(e.vendors, l.Vendor)
		}
		e.contacts = append(e.contacts, l.Contacts...)
	}
	slices.Sort(ids)

	// Normalise every contact once.
	raws := make([][]rawKey, len(ids))
	phones := map[string]bool{}
	for n, id := range ids {
		for _, c := range byID[id].contacts {
			space, value := normalize(c)
			if value == "" {
				continue
			}
			rk := rawKey{key: space + ":" + value, space: space, value: value, kind: strings.ToLower(strings.TrimSpace(c.Kind))}
			raws[n] = append(raws[n], rk)
			if space == npswatch.ContactPhone {
				phones[value] = true
			}
		}
	}
	// A number written without "+" ("85261234470", as extract keeps a
	// labelled WhatsApp number) is the E.164 number with the same digits
	// when the data has that one. National numbers begin with a trunk 0 and
	// E.164 numbers never do, so those stay apart.
	ix := &index{keyID: map[string]int32{}, bare: map[string]string{}}
	for v := range phones {
		if !strings.HasPrefix(v, "+") && len(v) >= 8 && v[0] != '0' && phones["+"+v] {
			ix.bare[npswatch.ContactPhone+":"+v] = npswatch.ContactPhone + ":+" + v
		}
	}

	ix.nodes = make([]node, len(ids))
	for n, id := range ids {
		e := byID[id]
		nd := node{id: id, site: e.site, vendors: e.vendors}
		for _, rk := range raws[n] {
			if to, ok := ix.bare[rk.key]; ok {
				rk.key, rk.value = to, strings.TrimPrefix(to, npswatch.ContactPhone+":")
			}
			kid, ok := ix.keyID[rk.key]
			if !ok {
				kid = int32(len(ix.keys))
				ix.keyID[rk.key] = kid
				ix.keys = append(ix.keys, &keyInfo{key: rk.key, space: rk.space, value: rk.value, sites: map[string]bool{}})
			}
			k := ix.keys[kid]
			if !slices.Contains(k.kinds, rk.kind) {
				k.kinds = append(k.kinds, rk.kind)
			}
			if len(k.nodes) == 0 || k.nodes[len(k.nodes)-1] != int32(n) {
				k.nodes = append(k.nodes, int32(n))
				nd.keys = append(nd.keys, kid)
			}
			if e.site != "" {
				k.sites[e.site] = true
			}
		}
		ix.nodes[n] = nd
	}
	return ix
}

// resolve maps a key to the key it is indexed under.
func (ix *index) resolve(k string) string {
	if to, ok := ix.bare[k]; ok {
		return to
	}
	return k
}

// unionFind is a disjoint-set forest with path halving and union by size.
type unionFind struct{ parent, size []int32 }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int32, n), size: make([]int32, n)}
	for i := range u.parent {
		u.parent[i] = int32(i)
		u.size[i] = 1
	}
	return u
}

func (u *unionFind) find(x int) int {
	for int(u.parent[x]) != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = int(u.parent[x])
	}
	return x
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if u.size[ra] < u.size[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = int32(ra)
	u.size[ra] += u.size[rb]
}

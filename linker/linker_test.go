package linker

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

func contact(kind, value string) npswatch.Contact {
	return npswatch.Contact{Kind: kind, Value: value}
}

func listing(id, site, vendor string, contacts ...npswatch.Contact) npswatch.Listing {
	return npswatch.Listing{ID: id, Site: site, URL: "https://" + site + "/" + id, Vendor: vendor, Contacts: contacts}
}

// summary is what the table tests compare: each cluster's listings and links.
type summary struct {
	Listings []string
	Links    []npswatch.Contact
}

func summarize(cs []Cluster) []summary {
	out := []summary{}
	for _, c := range cs {
		out = append(out, summary{Listings: c.ListingIDs, Links: c.Contacts})
	}
	return out
}

func TestClusters(t *testing.T) {
	tests := []struct {
		name     string
		listings []npswatch.Listing
		opts     Options
		want     []summary
	}{
		{
			name: "whatsapp number written differently on two sites",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("whatsapp", "+852 6123 4470")),
				listing("b", "shop-b.example", "", contact("whatsapp", "whatsapp:85261234470")),
			},
			want: []summary{{[]string{"a", "b"}, []npswatch.Contact{contact("whatsapp", "+85261234470")}}},
		},
		{
			name: "extracted whatsapp without + joins the E.164 number",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("whatsapp", "+85261234470")),
				listing("b", "shop-b.example", "", contact("whatsapp", "85261234470")),
			},
			want: []summary{{[]string{"a", "b"}, []npswatch.Contact{contact("whatsapp", "+85261234470")}}},
		},
		{
			name: "whatsapp and phone of the same number",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("phone", "+86 138-0013-8000")),
				listing("b", "shop-b.example", "", contact("whatsapp", "+8613800138000")),
			},
			want: []summary{{[]string{"a", "b"}, []npswatch.Contact{contact("phone", "+8613800138000")}}},
		},
		{
			name: "national numbers stay apart from E.164",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("phone", "0612345678")),
				listing("b", "shop-b.example", "", contact("phone", "+612345678")),
			},
			want: []summary{},
		},
		{
			name: "email case differences",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("email", "Sales@ACME-chem.com")),
				listing("b", "shop-b.example", "", contact("email", "sales@acme-chem.com")),
				listing("c", "shop-c.example", "", contact("email", "other@acme-chem.com")),
			},
			want: []summary{{[]string{"a", "b"}, []npswatch.Contact{contact("email", "sales@acme-chem.com")}}},
		},
		{
			name: "transitive: A-B by email, B-C by telegram",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("email", "vendor@mail.example")),
				listing("b", "shop-b.example", "", contact("email", "VENDOR@mail.example"), contact("telegram", "@ChemVendor")),
				listing("c", "shop-c.example", "", contact("telegram", "https://t.me/chemvendor")),
			},
			want: []summary{{[]string{"a", "b", "c"}, []npswatch.Contact{
				contact("email", "vendor@mail.example"), contact("telegram", "chemvendor")}}},
		},
		{
			name: "listings without contacts excluded",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("qq", "123456789")),
				listing("b", "shop-a.example", "", contact("qq", "123456789")),
				listing("c", "shop-a.example", "Same Vendor"),
				listing("d", "shop-b.example", "Same Vendor"),
				listing("e", "shop-b.example", "", contact("email", "")),
			},
			want: []summary{{[]string{"a", "b"}, []npswatch.Contact{contact("qq", "123456789")}}},
		},
		{
			name: "contacts on one listing only form no link",
			listings: []npswatch.Listing{
				listing("a", "shop-a.example", "", contact("wickr", "alpha"), contact("wickr", "ALPHA")),
				listing("b", "shop-b.example", "", contact("wickr", "beta")),
			},
			want: []summary{},
		},
		{
			name: "ignored contacts do not link",
			listings: []npswatch.Listing{
				listing("a", "market.example", "v1", contact("email", "support@market.example"), contact("btc", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")),
				listing("b", "market.example", "v2", contact("email", "Support@Market.example")),
				listing("c", "market.example", "v3", contact("email", "support@market.example"), contact("btc", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")),
				listing("d", "market.example", "v4", contact("whatsapp", "+1 555 010 2030")),
				listing("e", "market.example", "v5", contact("phone", "15550102030")),
			},
			opts: Options{Ignore: []npswatch.Contact{contact("email", "SUPPORT@market.example"), contact("phone", "+15550102030")}},
			want: []summary{{[]string{"a", "c"}, []npswatch.Contact{contact("btc", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")}}},
		},
		{
			name: "noisy contacts do not link",
			listings: []npswatch.Listing{
				listing("a", "s1.example", "", contact("email", "escrow@platform.example"), contact("wechat", "vendorx")),
				listing("b", "s2.example", "", contact("email", "escrow@platform.example"), contact("wechat", "VendorX")),
				listing("c", "s3.example", "", contact("email", "escrow@platform.example")),
			},
			opts: Options{MaxSites: 2},
			want: []summary{{[]string{"a", "b"}, []npswatch.Contact{contact("wechat", "vendorx")}}},
		},
		{
			name: "MinListings 3 drops pairs",
			listings: []npswatch.Listing{
				listing("a", "s1.example", "", contact("email", "x@y.example")),
				listing("b", "s2.example", "", contact("email", "x@y.example")),
			},
			opts: Options{MinListings: 3},
			want: []summary{},
		},
		{
			name: "MinListings 1 keeps unlinked listings with contacts",
			listings: []npswatch.Listing{
				listing("a", "s1.example", "", contact("email", "x@y.example")),
				listing("b", "s2.example", ""),
			},
			opts: Options{MinListings: 1},
			want: []summary{{[]string{"a"}, nil}},
		},
		{
			name: "same listing id twice is one listing",
			listings: []npswatch.Listing{
				listing("a", "s1.example", "", contact("email", "x@y.example")),
				listing("a", "s1.example", "", contact("email", "x@y.example")),
			},
			want: []summary{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(Clusters(tt.listings, nil, tt.opts))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestClusterFields(t *testing.T) {
	listings := []npswatch.Listing{
		listing("l3", "shop-b.example", "ACME Chem Co., Ltd", contact("telegram", "@acme"), contact("btc", "bc1qexample")),
		listing("l1", "shop-a.example", "acme chem co ltd", contact("email", "acme@mail.example"), contact("phone", "+1 555 0100 200")),
		listing("l2", "shop-a.example", "Other Name", contact("email", "ACME@mail.example"), contact("telegram", "acme")),
		listing("l4", "shop-c.example", "", contact("whatsapp", "+15550100200")),
	}
	hits := []npswatch.Hit{
		{ID: "h2", ListingID: "l2"},
		{ID: "h1", ListingID: "l1"},
		{ID: "h1", ListingID: "l1"},
		{ID: "h9", ListingID: "unrelated"},
	}
	got := Clusters(listings, hits, Options{})
	if len(got) != 1 {
		t.Fatalf("got %d clusters, want 1: %+v", len(got), got)
	}
	c := got[0]
	want := Cluster{
		ID: npswatch.ShortID("cluster", "email:acme@mail.example"),
		Contacts: []npswatch.Contact{
			contact("email", "acme@mail.example"),
			contact("phone", "+15550100200"),
			contact("telegram", "acme"),
		},
		AllContacts: []npswatch.Contact{
			contact("btc", "bc1qexample"),
			contact("email", "acme@mail.example"),
			contact("phone", "+15550100200"),
			contact("telegram", "acme"),
		},
		Sites:      []string{"shop-a.example", "shop-b.example", "shop-c.example"},
		Vendors:    []string{"ACME Chem Co., Ltd", "Other Name"},
		ListingIDs: []string{"l1", "l2", "l3", "l4"},
		HitIDs:     []string{"h1", "h2"},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}
}

func TestClustersOrderAndDeterminism(t *testing.T) {
	var listings []npswatch.Listing
	// cluster X: 3 listings on 1 site; cluster Y: 2 listings on 2 sites;
	// clusters Z1, Z2: 2 listings on 1 site each (tie, ordered by ID).
	for i := range 3 {
		listings = append(listings, listing(fmt.Sprintf("x%d", i), "one.example", "", contact("email", "x@x.example")))
	}
	listings = append(listings,
		listing("y1", "one.example", "", contact("wickr", "ywickr")),
		listing("y2", "two.example", "", contact("wickr", "YWickr")),
		listing("z1", "one.example", "", contact("qq", "11111")),
		listing("z2", "one.example", "", contact("qq", "11111")),
		listing("z3", "one.example", "", contact("qq", "22222")),
		listing("z4", "one.example", "", contact("qq", "22222")),
	)
	first := Clusters(listings, nil, Options{})
	if len(first) != 4 {
		t.Fatalf("got %d clusters, want 4", len(first))
	}
	if first[0].ListingIDs[0] != "y1" || first[1].ListingIDs[0] != "x0" {
		t.Errorf("order: got %v then %v, want the 2-site cluster then the 3-listing one", first[0].ListingIDs, first[1].ListingIDs)
	}
	z1, z2 := npswatch.ShortID("cluster", "qq:11111"), npswatch.ShortID("cluster", "qq:22222")
	wantZ := []string{min(z1, z2), max(z1, z2)}
	if gotZ := []string{first[2].ID, first[3].ID}; !slices.Equal(gotZ, wantZ) {
		t.Errorf("tie order by ID: got %v, want %v", gotZ, wantZ)
	}
	if first[0].ID != npswatch.ShortID("cluster", "wickr:ywickr") {
		t.Errorf("ID %s is not ShortID of the smallest link key", first[0].ID)
	}

	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := slices.Clone(listings)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Clusters(shuffled, nil, Options{}); !reflect.DeepEqual(got, first) {
			t.Fatalf("order-dependent result:\n%+v\nvs\n%+v", got, first)
		}
	}
}

func TestNoisy(t *testing.T) {
	var listings []npswatch.Listing
	for i := range 52 {
		site := fmt.Sprintf("site%02d.example", i)
		listings = append(listings,
			listing(fmt.Sprintf("l%02d", i), site, "",
				contact("email", "Help@Platform.example"),
				contact("whatsapp", fmt.Sprintf("+44 7700 9000%02d", i))))
	}
	// The same number on listings of 3 sites: not noisy, links them.
	listings[0].Contacts = append(listings[0].Contacts, contact("telegram", "@dealer"))
	listings[1].Contacts = append(listings[1].Contacts, contact("telegram", "dealer"))
	listings[2].Contacts = append(listings[2].Contacts, contact("telegram", "t.me/dealer"))

	if got, want := Noisy(listings, 0), []npswatch.Contact{contact("email", "help@platform.example")}; !reflect.DeepEqual(got, want) {
		t.Errorf("Noisy(50) = %v, want %v", got, want)
	}
	if got := Noisy(listings, 60); len(got) != 0 {
		t.Errorf("Noisy(60) = %v, want none", got)
	}
	if got := Noisy(listings, 2); len(got) != 2 {
		t.Errorf("Noisy(2) = %v, want the e-mail and the telegram handle", got)
	}
	cs := Clusters(listings, nil, Options{})
	if len(cs) != 1 || !slices.Equal(cs[0].ListingIDs, []string{"l00", "l01", "l02"}) {
		t.Fatalf("got %+v, want one cluster of l00-l02 (the noisy e-mail must not link)", summarize(cs))
	}
	for _, c := range cs[0].AllContacts {
		if c.Kind == "email" {
			t.Errorf("noisy contact %v in AllContacts", c)
		}
	}
}

// synthetic builds n listings: vendors on a few sites each, sharing a
// contact or two, every listing carrying a platform contact of its site
// and a few a noisy contact seen everywhere.
func synthetic(n int) []npswatch.Listing {
	rng := rand.New(rand.NewPCG(7, 7))
	listings := make([]npswatch.Listing, 0, n)
	for i := range n {
		v := rng.IntN(n / 5)
		site := fmt.Sprintf("site%03d.example", (v*7+rng.IntN(3))%200)
		cs := []npswatch.Contact{
			contact("email", fmt.Sprintf("Vendor%d@mail.example", v)),
			contact("whatsapp", fmt.Sprintf("+86 138 %04d %04d", v/10000, v%10000)),
			contact("email", "support@"+site),
		}
		if rng.IntN(10) == 0 {
			cs = append(cs, contact("btc", "1EscrowSharedAcrossEverything"))
		}
		if rng.IntN(4) == 0 {
			cs = append(cs, contact("telegram", fmt.Sprintf("@v%d_%d", v, i)))
		}
		listings = append(listings, npswatch.Listing{
			ID: fmt.Sprintf("listing%05d", i), Site: site, URL: "https://" + site + "/p/" + fmt.Sprint(i),
			Vendor: fmt.Sprintf("Vendor %d", v), Contacts: cs,
		})
	}
	return listings
}

func TestClustersTenThousand(t *testing.T) {
	listings := synthetic(10000)
	hits := make([]npswatch.Hit, 0, len(listings))
	for _, l := range listings {
		hits = append(hits, npswatch.Hit{ID: "hit-" + l.ID, ListingID: l.ID})
	}
	start := time.Now()
	cs := Clusters(listings, hits, Options{})
	if d := time.Since(start); d > time.Second {
		t.Errorf("10,000 listings took %v, want under a second", d)
	}
	// The escrow address is on ~all sites: noisy. The support e-mails are
	// per site and link the listings of a site; ignore them as a caller
	// would, and vendors stay apart.
	if len(cs) > 200 {
		t.Errorf("got %d clusters with per-site support e-mails linking, want at most 200", len(cs))
	}
	var ignore []npswatch.Contact
	for i := range 200 {
		ignore = append(ignore, contact("email", fmt.Sprintf("support@site%03d.example", i)))
	}
	start = time.Now()
	cs = Clusters(listings, hits, Options{Ignore: ignore})
	if d := time.Since(start); d > time.Second {
		t.Errorf("10,000 listings with Ignore took %v, want under a second", d)
	}
	if len(cs) < 1500 {
		t.Errorf("got %d clusters, want about 2,000 (one per vendor)", len(cs))
	}
	total := 0
	for _, c := range cs {
		total += len(c.ListingIDs)
		if len(c.Vendors) != 1 {
			t.Fatalf("cluster %s mixes vendors %v", c.ID, c.Vendors)
		}
		if len(c.HitIDs) != len(c.ListingIDs) {
			t.Fatalf("cluster %s: %d hits for %d listings", c.ID, len(c.HitIDs), len(c.ListingIDs))
		}
	}
	if total < 9000 {
		t.Errorf("only %d of 10,000 listings clustered", total)
	}
	if noisy := Noisy(listings, 0); !slices.Contains(noisy, contact("btc", "1EscrowSharedAcrossEverything")) {
		t.Errorf("Noisy = %v, want the shared escrow address", noisy)
	}
}

func BenchmarkClusters(b *testing.B) {
	listings := synthetic(10000)
	b.ResetTimer()
	for range b.N {
		Clusters(listings, nil, Options{})
	}
}

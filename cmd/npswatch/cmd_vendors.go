package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/linker"
	"github.com/npswatch/npswatch/storage"
)

// Column lists of `vendors` (stable; documented in the README).
var (
	clusterColumns      = []string{"id", "sites", "listings", "hits", "vendors", "links", "contacts"}
	clusterTableColumns = []string{"id", "sites", "listings", "hits", "vendors", "linked by"}
)

func runVendors(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "vendors", "[--db FILE] [--since DATE] [--cross-site] [--format table|jsonl|csv]")
	db := dbFlag(fs, e)
	since := fs.String("since", "", "only listings fetched at or after this `date`")
	cross := fs.Bool("cross-site", false, "only clusters that span more than one site")
	format := fs.String("format", formatTable, "output `format`: table, jsonl or csv")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError("vendors takes no arguments, got %q", pos)
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	t, err := parseSince(*since, time.Now())
	if err != nil {
		return err
	}
	d, err := openDB(*db, true)
	if err != nil {
		return err
	}
	defer d.Close()
	clusters, err := vendorClusters(ctx, d, t)
	if err != nil {
		return err
	}
	header := clusterColumns
	if *format == formatTable {
		header = clusterTableColumns
	}
	w := newWriter(e.stdout, *format, header)
	for i := range clusters {
		c := &clusters[i]
		if *cross && len(c.Sites) < 2 {
			continue
		}
		if err := writeCluster(w, c); err != nil {
			return err
		}
	}
	if err := w.close(); err != nil {
		return err
	}
	if *format == formatTable {
		fmt.Fprintf(e.stderr, "%d vendor clusters (listings linked by a shared contact)\n", w.n)
	}
	return nil
}

// vendorClusters links the stored listings (fetched since t) by contacts.
func vendorClusters(ctx context.Context, d *storage.DB, since time.Time) ([]linker.Cluster, error) {
	var listings []npswatch.Listing
	if err := d.ForEachListing(ctx, since, func(l *npswatch.Listing) error {
		l.Text = "" // not needed here; keeps memory small
		listings = append(listings, *l)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("read listings: %w", err)
	}
	hits, err := d.Hits(ctx, time.Time{})
	if err != nil {
		return nil, fmt.Errorf("read hits: %w", err)
	}
	return linker.Clusters(listings, hits, linker.Options{}), nil
}

func contactList(cs []npswatch.Contact) string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.Kind+":"+c.Value)
	}
	return strings.Join(out, ";")
}

func writeCluster(w *writer, c *linker.Cluster) error {
	if w.format == formatTable {
		return w.record(c, []string{c.ID, strings.Join(c.Sites, " "), strconv.Itoa(len(c.ListingIDs)),
			strconv.Itoa(len(c.HitIDs)), strings.Join(c.Vendors, "; "), contactList(c.Contacts)})
	}
	return w.record(c, []string{c.ID, strings.Join(c.Sites, ";"), strconv.Itoa(len(c.ListingIDs)),
		strconv.Itoa(len(c.HitIDs)), strings.Join(c.Vendors, ";"), contactList(c.Contacts), contactList(c.AllContacts)})
}

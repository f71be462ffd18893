package storage

import (
	"context"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// keyReportMark is the meta key of the report window's marker: the end of
// the last report made with --mark.
var keyReportMark = []byte("report_mark")

// ReportMark is the end of the window of the last marked report, and
// whether there is one. A database no report has marked has none: its
// first report covers everything.
func (db *DB) ReportMark(ctx context.Context) (time.Time, bool, error) {
	if err := ctx.Err(); err != nil {
		return time.Time{}, false, err
	}
	var t time.Time
	var ok bool
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keyReportMark)
		if v == nil {
			return nil
		}
		var err error
		if t, err = time.Parse(time.RFC3339Nano, string(v)); err != nil {
			return fmt.Errorf("%w: report mark %q: %v", ErrCorrupt, v, err)
		}
		ok = true
		return nil
	})
	if err != nil {
		return time.Time{}, false, fmt.Errorf("read report mark: %w", err)
	}
	return t, ok, nil
}

// SetReportMark records t as the end of the last marked report's window;
// the next report without an explicit window starts there.
func (db *DB) SetReportMark(ctx context.Context, t time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyReportMark, []byte(t.UTC().Format(time.RFC3339Nano)))
	})
	if err != nil {
		return fmt.Errorf("set report mark: %w", err)
	}
	return nil
}

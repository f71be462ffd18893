package matcher

import "testing"

func TestSkeletons(t *testing.T) {
	for _, tc := range []struct{ script, latin string }{
		{"イソトニタゼン", "isotonitazene"},
		{"이소토니타젠", "isotonitazene"},
		{"フェンタニル", "fentanyl"},
		{"펜타닐", "fentanyl"},
		{"カルフェンタニル", "carfentanil"},
		{"キシラジン", "xylazine"},
		{"エチゾラム", "etizolam"},
		{"ブロマゾラム", "bromazolam"},
	} {
		if a, b := scriptSkeleton(tc.script), latinSkeleton(tc.latin); a != b {
			t.Errorf("%s → %q, %s → %q: want the same skeleton", tc.script, a, tc.latin, b)
		}
	}
}

// Package catalogcheck holds the round-trip property of the importers' fuzz
// targets: an imported catalog survives MarshalJSON and loading.
package catalogcheck

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/rolemodel/rolemodel"
)

// RoundTrip checks that a catalog written by MarshalJSON loads back, with
// shared names allowed as importers need, into the same catalog. A nil
// catalog passes.
func RoundTrip(t *testing.T, c *rolemodel.Catalog) {
	t.Helper()
	if c == nil {
		return
	}
	out, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	again, err := rolemodel.Loader{SharedNames: true}.Load(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("the catalog does not load back: %v", err)
	}
	if out2, _ := json.Marshal(again); !bytes.Equal(out, out2) {
		t.Fatalf("the catalog changed on the way back:\n%s\n%s", out, out2)
	}
}

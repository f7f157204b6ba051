package progression_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck/catalogcheck"
	"github.com/rolemodel/rolemodel/progression"
)

// checkResult holds for both readers: an error is a *ValidationError whose
// every problem names file and says what is wrong in bounded text, and
// comes with no catalog; a catalog survives MarshalJSON and loading.
func checkResult(t *testing.T, c *rolemodel.Catalog, err error, file string) {
	t.Helper()
	if err == nil {
		catalogcheck.RoundTrip(t, c)
		return
	}
	if c != nil {
		t.Fatal("a catalog and an error")
	}
	var ve *rolemodel.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) == 0 {
		t.Fatalf("%T %v: want a *rolemodel.ValidationError with problems", err, err)
	}
	for i, p := range ve.Problems {
		if i == len(ve.Problems)-1 && strings.HasSuffix(p.Message, " more problems") {
			continue // the count of those beyond the cap
		}
		if p.File != file || p.Message == "" || p.Kind == nil {
			t.Fatalf("problem %q: want file %q, a message and a kind", p, file)
		}
		if len(p.String()) > 2000 {
			t.Fatalf("problem of %d bytes: %.200q…", len(p.String()), p)
		}
	}
}

// FuzzReadFT feeds arbitrary bytes to ReadFT as one job-family file.
func FuzzReadFT(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := progression.ReadFT(bytes.NewReader(data), progression.File("f.yml"), progression.MaxFileSize(1<<20))
		checkResult(t, c, err, "f.yml")
	})
}

// FuzzReadMonzo feeds arbitrary bytes to ReadMonzo as one framework file.
func FuzzReadMonzo(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := progression.ReadMonzo(fstest.MapFS{"f.md": {Data: data}}, progression.MaxFileSize(1<<20))
		checkResult(t, c, err, "f.md")
	})
}

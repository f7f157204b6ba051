package bls_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
)

// Issue 14.4, as in every CSV importer: a row of 8 MiB of commas, above or
// below the header, is refused while it is scanned, with no allocation per
// field.
func TestRowOfCommasIsRefusedWhileRead(t *testing.T) {
	base := readFile(t, wagesFixture)
	header, rest, _ := strings.Cut(base, "\n")
	wide := strings.Repeat(",", 8<<20) + "\n"
	for name, data := range map[string]string{
		"below the header": header + "\n" + wide + rest,
		"above the header": wide + base,
	} {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := bls.ReadWages(strings.NewReader(data), "wages.csv")
			runtime.ReadMemStats(&after)
			require.Error(t, err)
			var ve *rolemodel.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Contains(t, ve.Problems[0].Message, "the record has 8388609 fields, more than the ")
			// Reading a stream of unknown size grows a buffer; what must not
			// happen is memory per field: keeping 8 million fields takes 16
			// bytes each (encoding/csv took that three times over).
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(16*(8<<20)), "a few copies of the input, nothing per field")
		})
	}
}

package salary_test

import (
	"testing"

	"github.com/rolemodel/rolemodel/internal/fuzzcheck"

	"github.com/rolemodel/rolemodel/salary"
)

// FuzzUnmarshalText reads arbitrary text into each of the package's value
// types. Whatever the text, UnmarshalText returns an error or a value whose
// MarshalText form reads back into the same value; it never panics.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "USD", "usd", "JPY", "XXX", "$150,000 - $250,000+", "$118,942", "just above U.S. $142,500", "USD 150,000.00", "EUR 1.5", "JPY 100", "BHD 1.234", "annual", "hourly", "median", "p90", "150000", "68.50", "922337203685477.5807", "1e5", "-1", "$95/hour", "£40k–£60k"} {
		for which := range uint8(16) {
			f.Add(which, s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, text string) {
		kinds := []func() fuzzcheck.TextValue{func() fuzzcheck.TextValue { return new(salary.Currency) }, func() fuzzcheck.TextValue { return new(salary.Range) }, func() fuzzcheck.TextValue { return new(salary.Money) }, func() fuzzcheck.TextValue { return new(salary.Band) }, func() fuzzcheck.TextValue { return new(salary.Period) }, func() fuzzcheck.TextValue { return new(salary.Statistic) }, func() fuzzcheck.TextValue { return new(salary.Amount) }}
		fuzzcheck.TextRoundTrip(t, kinds[int(which)%len(kinds)](), text)
	})
}

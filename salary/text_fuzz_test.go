package salary_test

import (
	"encoding"
	"reflect"
	"testing"

	"github.com/rolemodel/rolemodel/salary"
)

// textValue is a value type of this package with a text form.
type textValue interface {
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}

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
		kinds := []func() textValue{func() textValue { return new(salary.Currency) }, func() textValue { return new(salary.Range) }, func() textValue { return new(salary.Money) }, func() textValue { return new(salary.Band) }, func() textValue { return new(salary.Period) }, func() textValue { return new(salary.Statistic) }, func() textValue { return new(salary.Amount) }}
		v := kinds[int(which)%len(kinds)]()
		if err := v.UnmarshalText([]byte(text)); err != nil {
			if err.Error() == "" {
				t.Fatalf("%T: an error with no message", v)
			}
			return
		}
		out, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%T from %q: MarshalText: %v", v, text, err)
		}
		again := reflect.New(reflect.TypeOf(v).Elem()).Interface().(textValue)
		if err := again.UnmarshalText(out); err != nil {
			t.Fatalf("%T: %q read as %q, which does not read back: %v", v, text, out, err)
		}
		if !reflect.DeepEqual(v, again) {
			t.Fatalf("%T: %q read as %q, which reads back as a different value", v, text, out)
		}
	})
}

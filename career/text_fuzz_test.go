package career

import (
	"encoding"
	"reflect"
	"testing"
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
	for _, s := range []string{"", "entry", "advancement", "lateral", "Entry", "sideways", "lateral "} {
		for which := range uint8(16) {
			f.Add(which, s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, text string) {
		kinds := []func() textValue{func() textValue { return new(Kind) }}
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

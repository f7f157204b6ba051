// Package fuzzcheck holds a property the module's fuzz targets share, so
// that each package states it once: a text form reads back into the same
// value. (Package catalogcheck has the catalog's round trip; it is apart so
// that the leaf packages' tests can use this one.)
package fuzzcheck

import (
	"encoding"
	"reflect"
	"testing"
)

// TextValue is a value type with a text form.
type TextValue interface {
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}

// TextRoundTrip reads text into a new value of v's type (v is a pointer,
// used only for its type). Whatever the text, UnmarshalText must return an
// error with a message, or a value whose MarshalText form reads back into
// the same value.
func TextRoundTrip(t *testing.T, v TextValue, text string) {
	t.Helper()
	v = reflect.New(reflect.TypeOf(v).Elem()).Interface().(TextValue)
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
	again := reflect.New(reflect.TypeOf(v).Elem()).Interface().(TextValue)
	if err := again.UnmarshalText(out); err != nil {
		t.Fatalf("%T: %q read as %q, which does not read back: %v", v, text, out, err)
	}
	if !reflect.DeepEqual(v, again) {
		t.Fatalf("%T: %q read as %q, which reads back as a different value", v, text, out)
	}
}

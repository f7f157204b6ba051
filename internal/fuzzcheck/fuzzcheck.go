// Package fuzzcheck holds the properties the module's fuzz targets share, so
// that each package states them once: a text form reads back into the same
// value, and an error's text is one bounded line. (Package catalogcheck has the catalog's round trip; it is apart so
// that the leaf packages' tests can use this one.)
package fuzzcheck

import (
	"encoding"
	"reflect"
	"strings"
	"testing"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// MaxErrorText bounds the text of a refusal: the first problem.Shown
// problems of at most about 1.3 KB each, and a count.
const MaxErrorText = 4096

// ErrorText checks that err's text, whatever the input, is one line of at
// most MaxErrorText bytes with no character a log must not carry
// (problem.Unsafe: control, line-separator, bidirectional formatting).
func ErrorText(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if len(msg) > MaxErrorText || strings.ContainsFunc(msg, problem.Unsafe) {
		t.Fatalf("the error is not one line of at most %d bytes without control characters: %d bytes: %q", MaxErrorText, len(msg), problem.Text(msg, 2000))
	}
}

// TextValue is a value type with a text form.
type TextValue interface {
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}

// TextRoundTrip reads text into a new value of v's type (v is a pointer,
// used only for its type). Whatever the text, UnmarshalText must return an
// error with a message that is one bounded line (ErrorText), or a value
// whose MarshalText form reads back into the same value.
func TextRoundTrip(t *testing.T, v TextValue, text string) {
	t.Helper()
	v = reflect.New(reflect.TypeOf(v).Elem()).Interface().(TextValue)
	if err := v.UnmarshalText([]byte(text)); err != nil {
		if err.Error() == "" {
			t.Fatalf("%T: an error with no message", v)
		}
		ErrorText(t, err)
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

package rolemodel

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/rolemodel/rolemodel/internal/fuzzcheck"
)

// FuzzLoad feeds arbitrary bytes to Load. Whatever it gets, Load must not
// panic; a catalog it accepts must survive MarshalJSON and Load again
// unchanged; and a refusal must be a *ValidationError whose problems say
// what is wrong and where (a line in the input or a field path), at most
// MaxProblems of them, with an Error() of one bounded line.
func FuzzLoad(f *testing.F) {
	example, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(example)
	f.Add([]byte(minimal))
	// Not the default catalog as a seed: the fuzzer spends minutes
	// minimizing each interesting mutation of a 200 KB input.
	for _, s := range []string{
		"", "{}", "[]", "null", "roles: []", "roles:\n  - id: a\n    title: A\n    title: B\n",
		`{"roles": [{"id": "a", "title": "A", "level": "lead"}]}`,
		"a: &a [x]\nb: [*a, *a]\n", "roles: [{id: a, title: A, entry_from: [{role: a}]}]",
		"\xef\xbb\xbfroles: []", "roles:\n  - {id: a, title: A, salaries: [{statistic: range, currency: USD, min: 1, max: 0.5, period: annual, sources: [x]}]}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(bytes.NewReader(data))
		if err != nil {
			var ve *ValidationError
			if !errors.As(err, &ve) || len(ve.Problems) == 0 {
				t.Fatalf("error without problems: %v", err)
			}
			fuzzcheck.ErrorText(t, err)
			if len(ve.Problems) > MaxProblems || ve.More > 0 && len(ve.Problems) < MaxProblems {
				t.Fatalf("%d problems listed, %d more counted: expected at most %d listed, and more counted only past them", len(ve.Problems), ve.More, MaxProblems)
			}
			for _, p := range ve.Problems {
				if p.Message == "" || p.Err() == nil {
					t.Fatalf("problem without message or kind: %#v", p)
				}
				if p.Line == 0 && p.Path == "" && p.Err() != ErrTooLarge {
					t.Fatalf("problem without a location: %s", p)
				}
			}
			if c != nil {
				t.Fatal("a catalog returned with an error")
			}
			return
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		again, err := Load(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("reloading what MarshalJSON wrote: %v\n%s", err, out)
		}
		out2, _ := json.Marshal(again)
		if !bytes.Equal(out, out2) {
			t.Fatalf("round trip changed the catalog:\n%s\n%s", out, out2)
		}
	})
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"

	"github.com/rolemodel/rolemodel"
)

var cmdValidate = &command{
	name:  "validate",
	args:  "[-json] [catalog flags] [FILE...]",
	short: "check catalog files and report every problem",
	json:  true,
	long: `Validate reads each FILE (a catalog in YAML or JSON, or a folder of them) and
each catalog a catalog flag names, on its own, and reports every problem of
every one, one per line in the form editors and CI annotate:

	file:line:column: path: message

such as

	roles.yaml:14:5: roles[it-director].salaris: unknown field "salaris" (did you mean "salaries"?)

An input without problems gets one line saying so, with its counts. When
all inputs are valid and there are several, validate also joins them as
the other commands do and reports what stops the join (two roles with one
ID, say). With -json it writes one JSON object with every input, its
counts and its problems instead.

The flaws an importer accepts rather than refuses (ESCO's relations to an
occupation its own files lack, say: see package esco's Warnings) are
warnings, written to standard error as

	file:line: warning: column: message

the first 20, then how many more; with -json each input lists them under
"warnings". Every command writes its inputs' warnings so; they never
change the exit status.

The exit status is 0 when there is no problem (warnings or not), 1 when
there is any, and 2 when the command line is wrong.
`,
	opts: func() options { return &validateOpts{} },
}

type validateOpts struct{}

func (o *validateOpts) register(*flag.FlagSet) {}

// validateResult is what -json writes.
type validateResult struct {
	Inputs   []inputResult `json:"inputs"`
	Merged   *inputResult  `json:"merged,omitempty"`
	Problems int           `json:"problems"` // the number of problems in all
	Warnings int           `json:"warnings"` // the number of warnings in all, listed or not
}

type inputResult struct {
	Name           string        `json:"name"`
	Kind           string        `json:"kind"` // catalog, onet, esco, ddat, ft, monzo, default, merged
	Valid          bool          `json:"valid"`
	Roles          int           `json:"roles"`
	Skills         int           `json:"skills"`
	Certifications int           `json:"certifications"`
	Ladders        int           `json:"ladders"`
	Moves          int           `json:"moves"`
	Problems       []problemJSON `json:"problems"`
	// Warnings are the flaws the importer accepted (esco.Warnings): the
	// first it lists; MoreWarnings counts the rest.
	Warnings     []problemJSON `json:"warnings"`
	MoreWarnings int           `json:"more_warnings,omitempty"`
}

type problemJSON struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Path    string `json:"path,omitempty"`
	Message string `json:"message"`
	Kind    string `json:"kind,omitempty"` // "unknown field", "broken reference", ...
}

func (o *validateOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	inputs := fs.cat.inputs
	for _, a := range args {
		inputs = append(inputs, input{"catalog", a, ""})
	}
	if len(inputs) == 0 {
		return usageError(e, c, "no catalog to validate: name a FILE or a catalog flag")
	}
	var res validateResult
	var cats []*rolemodel.Catalog
	var all warnings
	for _, in := range inputs {
		cat, ws, err := in.load()
		r := describe(in.name(), in.kind, cat, err)
		for _, p := range ws.list {
			r.Warnings = append(r.Warnings, problemOf(p))
		}
		r.MoreWarnings = ws.more
		all.add(ws)
		res.Warnings += ws.len()
		res.Inputs = append(res.Inputs, r)
		res.Problems += len(r.Problems)
		if cat != nil {
			cats = append(cats, cat)
		}
	}
	var joinErr error
	if len(inputs) > 1 && len(cats) == len(inputs) {
		var joined *rolemodel.Catalog
		joined, joinErr = fs.cat.joinAll(inputs, cats)
		r := describe("the inputs joined", "merged", joined, joinErr)
		res.Merged = &r
		res.Problems += len(r.Problems)
	}

	if fs.json {
		if err := writeJSON(e.stdout, res); err != nil {
			return fail(e, c, err)
		}
	} else {
		all := res.Inputs
		if res.Merged != nil {
			all = append(all, *res.Merged)
		}
		for _, r := range all {
			for _, p := range r.Problems {
				if p.File == "" {
					fmt.Fprintf(e.stdout, "%s: %s\n", r.Name, p)
				} else {
					fmt.Fprintln(e.stdout, p.String())
				}
			}
			if r.Valid {
				fmt.Fprintf(e.stdout, "%s: ok: %s, %s, %s, %s, %s\n", r.Name, plural(r.Roles, "role", "roles"), plural(r.Skills, "skill", "skills"),
					plural(r.Certifications, "certification", "certifications"), plural(r.Ladders, "ladder", "ladders"), plural(r.Moves, "move", "moves"))
			}
		}
	}
	if !fs.json {
		printWarnings(e.stderr, all)
		var h *hintError
		if errors.As(joinErr, &h) {
			fmt.Fprintln(e.stderr, h.hint)
		}
	}
	if res.Problems > 0 {
		if !fs.json {
			fmt.Fprintf(e.stderr, "rolemodel validate: %s\n", plural(res.Problems, "problem", "problems"))
		}
		return exitFindings
	}
	return exitOK
}

// describe sums up one input: its counts, or its problems.
func describe(name, kind string, c *rolemodel.Catalog, err error) inputResult {
	r := inputResult{Name: name, Kind: kind, Valid: err == nil, Problems: []problemJSON{}, Warnings: []problemJSON{}}
	var ve *rolemodel.ValidationError
	switch {
	case err == nil:
		r.Roles = c.NumRoles()
		for range c.Skills() {
			r.Skills++
		}
		for range c.Certifications() {
			r.Certifications++
		}
		for range c.Ladders() {
			r.Ladders++
		}
		r.Moves = c.Graph().Size()
	case errors.As(err, &ve):
		for _, p := range ve.Problems {
			pj := problemOf(p)
			if pj.File == "" && kind != "merged" && kind != "default" {
				pj.File = name
			}
			r.Problems = append(r.Problems, pj)
		}
	default: // a file that cannot be read at all
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Op + ": " + pe.Err.Error()
		}
		r.Problems = append(r.Problems, problemJSON{File: name, Message: msg})
	}
	return r
}

// String is the problem as file:line:column: path: message, leaving out
// what is not known, as rolemodel.Problem writes it.
func (p problemJSON) String() string {
	return rolemodel.Problem{File: p.File, Line: p.Line, Column: p.Column, Path: p.Path, Message: p.Message}.String()
}

// problemOf is p as JSON.
func problemOf(p rolemodel.Problem) problemJSON {
	pj := problemJSON{File: p.File, Line: p.Line, Column: p.Column, Path: p.Path, Message: p.Message}
	if p.Kind != nil {
		pj.Kind = p.Kind.Error()
	}
	return pj
}

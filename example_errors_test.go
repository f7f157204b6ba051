package rolemodel_test

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
)

// A ValidationError's text is one line, safe to log whatever the input: a
// key holding a line break is escaped, and past three problems a count
// stands for the rest.
func ExampleValidationError() {
	in := `{"roles":[{"id":"a","title":"A","x\nINFO forged":1,"y":2,"z":3,"w":4}]}`
	_, err := rolemodel.Load(strings.NewReader(in))
	fmt.Println(err)
	var ve *rolemodel.ValidationError
	if errors.As(err, &ve) {
		fmt.Println(len(ve.Problems), ve.More, ve.Problems[0].Path)
	}
	// Output:
	// rolemodel: invalid catalog: 1:33: roles[a].x\nINFO forged: unknown field "x\nINFO forged" (known fields: id, title, aliases, track, level, family, ladder, rank, grade, descriptions, responsibilities, skills, certifications, education, experience, salaries, outlook, industries, reports_to, codes, entry_from, advancement_to, lateral_moves, transitions, sources, name_sources, technologies, interests); 1:52: roles[a].y: unknown field "y" (did you mean "id"?); 1:58: roles[a].z: unknown field "z" (did you mean "id"?) (and 1 more problem)
	// 4 0 roles[a].x\nINFO forged
}

// A file that cannot be read is a problem of kind ErrUnreadable, and the
// cause from io/fs is still there for errors.Is.
func ExampleErrUnreadable() {
	_, err := rolemodel.LoadFile("testdata/no-such-catalog.yaml")
	fmt.Println(err)
	fmt.Println(errors.Is(err, rolemodel.ErrUnreadable), errors.Is(err, fs.ErrNotExist), errors.Is(err, rolemodel.ErrInvalid))
	// Output:
	// rolemodel: cannot read the input: testdata/no-such-catalog.yaml: does not exist
	// true true false
}

// An importer of another format tells Build where each value came from, so
// that a problem names the file, line and column of its cell; problems at
// one cell are reported once.
func ExampleLocate() {
	rows := []struct {
		line  int
		title string
	}{{2, "Data analyst"}, {3, "Data \u202escientist"}}
	var parts rolemodel.Parts
	for i, r := range rows {
		parts.Roles = append(parts.Roles, role.Role{ID: role.ID(fmt.Sprint("r", i)), Title: r.title})
	}
	locate := func(path string) (rolemodel.Problem, bool) {
		var i int
		var rest string
		if n, _ := fmt.Sscanf(path, "roles[%d].%s", &i, &rest); n == 2 && rest == "title" {
			return rolemodel.Problem{File: "roles.csv", Line: rows[i].line, Column: 1, Path: "Title"}, true
		}
		return rolemodel.Problem{}, false
	}
	_, err := rolemodel.Build(parts, rolemodel.Locate(locate))
	fmt.Println(err)
	// Output:
	// rolemodel: invalid catalog: roles.csv:3:1: Title: "Data \u202escientist" holds the bidirectional formatting character U+202E: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters
}

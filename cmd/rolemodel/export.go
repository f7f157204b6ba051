package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/export"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/schemaorg"
)

var formats = []string{"json", "yaml", "jsonld", "mermaid", "dot", "graphml", "csv", "markdown"}

var cmdExport = &command{
	name:  "export",
	args:  "-format FORMAT [-o PATH] [-around N] [-type occupation|jobposting] [catalog flags] [ROLE...]",
	short: "write the catalog, its career graph or its roles in another format",
	long: `Export writes the catalog in the format -format names, to standard output
or to -o PATH:

	json       the catalog in its file format, as JSON (rolemodel.Load reads it back)
	yaml       the same, as YAML
	graphml    the career graph as GraphML: roles as nodes (title, level, family,
	           ladder, rank, grade, codes), moves as edges (kind, years, index);
	           for networkx, igraph, Gephi, yEd, Neo4j (APOC)
	csv        six files for graph databases' bulk importers (Neo4j's header
	           format) and spreadsheets, into the folder -o DIR (required; made
	           if missing): roles.csv, skills.csv, moves.csv, requirements.csv,
	           technologies.csv, uses.csv
	dot        the career graph for Graphviz (dot -Tsvg)
	mermaid    the career graph as a Mermaid flowchart, for Markdown
	markdown   a job description per role, separated by a rule
	jsonld     a schema.org Occupation per role (-type jobposting: a JobPosting),
	           one JSON-LD document for one role, a JSON array for several

With ROLE arguments, json, yaml, graphml, csv, dot and mermaid export the
part of the catalog those roles make, with the roles within -around moves of
them; markdown and jsonld write those roles only. Without, they export
everything (every role, for markdown and jsonld).
`,
	opts: func() options { return &exportOpts{} },
}

type exportOpts struct {
	format string
	out    string
	around int
	typ    string
}

func (o *exportOpts) register(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "", "the output `format`: "+strings.Join(formats, ", ")+" (required)")
	fs.StringVar(&o.out, "o", "", "write to `path` instead of standard output (a folder for csv)")
	fs.IntVar(&o.around, "around", 0, "with ROLE arguments, also export the roles within `n` moves of them")
	fs.StringVar(&o.typ, "type", "occupation", "the schema.org `type` of -format jsonld: occupation or jobposting")
}

func (o *exportOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	known := false
	for _, f := range formats {
		known = known || f == o.format
	}
	switch {
	case o.format == "":
		return usageError(e, c, "-format is required: one of %s", strings.Join(formats, ", "))
	case !known:
		return usageError(e, c, "-format %q: expected one of %s", o.format, strings.Join(formats, ", "))
	case o.format == "csv" && o.out == "":
		return usageError(e, c, "-format csv writes six files: name their folder with -o DIR")
	case o.around < 0:
		return usageError(e, c, "-around %d: expected 0 or more", o.around)
	case o.typ != "occupation" && o.typ != "jobposting":
		return usageError(e, c, "-type %q: expected occupation or jobposting", o.typ)
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	rs, err := resolveAll(cat, args...)
	if err != nil {
		return fail(e, c, err)
	}
	ids := make([]role.ID, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}

	if o.format == "csv" {
		part, err := export.Subset(cat, ids, o.around)
		if err != nil {
			return fail(e, c, err)
		}
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			return fail(e, c, err)
		}
		if err := export.WriteCSVFiles(o.out, part); err != nil {
			return fail(e, c, err)
		}
		files := export.CSVFiles()
		fmt.Fprintf(e.stderr, "rolemodel export: wrote %s and %s in %s (%s, %s)\n", strings.Join(files[:len(files)-1], ", "), files[len(files)-1],
			o.out, plural(part.NumRoles(), "role", "roles"), plural(part.Graph().Size(), "move", "moves"))
		return exitOK
	}

	var buf bytes.Buffer
	if err := o.write(&buf, cat, ids); err != nil {
		return fail(e, c, err)
	}
	if o.out == "" {
		if _, err := e.stdout.Write(buf.Bytes()); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		return fail(e, c, err)
	}
	return exitOK
}

// write writes every format but csv.
func (o *exportOpts) write(w io.Writer, cat *rolemodel.Catalog, ids []role.ID) error {
	switch o.format {
	case "markdown", "jsonld":
		if len(ids) == 0 {
			for r := range cat.Roles() {
				ids = append(ids, r.ID)
			}
		}
		if o.format == "markdown" {
			for i, id := range ids {
				if i > 0 {
					fmt.Fprint(w, "\n---\n\n")
				}
				if err := export.WriteMarkdown(w, cat, id); err != nil {
					return err
				}
			}
			return nil
		}
		return o.jsonld(w, cat, ids)
	}
	part, err := export.Subset(cat, ids, o.around)
	if err != nil {
		return err
	}
	switch o.format {
	case "json":
		b, err := part.MarshalJSON()
		if err != nil {
			return err
		}
		var out bytes.Buffer
		if err := json.Indent(&out, b, "", "  "); err != nil {
			return err
		}
		out.WriteByte('\n')
		_, err = w.Write(out.Bytes())
		return err
	case "yaml":
		return export.WriteYAML(w, part)
	case "graphml":
		return export.WriteGraphML(w, part)
	case "dot":
		return part.Graph().WriteDOT(w)
	case "mermaid":
		return part.Graph().WriteMermaid(w)
	}
	return fmt.Errorf("unknown format %q", o.format)
}

// jsonld writes one document for one role, a JSON array for several.
func (o *exportOpts) jsonld(w io.Writer, cat *rolemodel.Catalog, ids []role.ID) error {
	marshal := schemaorg.Marshal
	if o.typ == "jobposting" {
		marshal = schemaorg.MarshalJobPosting
	}
	if len(ids) == 1 {
		b, err := marshal(cat, ids[0])
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	var out bytes.Buffer
	out.WriteString("[\n")
	for i, id := range ids {
		b, err := marshal(cat, id)
		if err != nil {
			return err
		}
		if i > 0 {
			out.WriteString(",\n")
		}
		b = bytes.TrimRight(b, "\n")
		out.WriteString("  " + strings.ReplaceAll(string(b), "\n", "\n  "))
	}
	out.WriteString("\n]\n")
	_, err := w.Write(out.Bytes())
	return err
}

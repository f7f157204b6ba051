package esco

import (
	"archive/zip"
	"errors"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/report"
)

// Zips is one or more of the zip files the European Commission publishes
// ESCO in, read as one download: typically the classification (the
// *_en.csv files of one language) and the language-independent relations
// (occupationSkillRelations.csv, skillSkillRelations.csv,
// broaderRelationsOccPillar.csv). It is an fs.FS, so Load, ReadHierarchy
// and ReadSkillRelations read it as they read a folder, unzipping each file
// when they read it.
//
// Its files are the regular files each zip holds at its top or in a folder
// at its top (as in "ESCO dataset - v1.1.1 - classification - en -
// csv/occupations_en.csv"), named by their base names: Open("occupations_en.csv").
// Deeper files, directories and links are not part of it. A name two
// zips, or two folders of one zip, hold is the first one's: the zips are
// looked at in the order given, and a zip's files in the order of its
// directory. Open(".") lists the files, by name.
//
// A file is read through the zip's own checks (archive/zip refuses data
// that does not match its recorded size and checksum); the readers of this
// package refuse a file whose recorded size is over MaxFileSize before
// unzipping it, and stop one that unzips to more. A Zips is safe for
// concurrent use until Close, which closes the zip files.
type Zips struct {
	files   map[string]*zip.File
	names   []string // sorted
	closers []io.Closer
	version string
}

// OpenZips opens the zip files at the operating-system paths. A path
// that is missing, not a regular file or not a zip archive is a problem of
// kind rolemodel.ErrUnreadable naming it, all of them in one
// *rolemodel.ValidationError; nothing stays open then.
//
// The version of the download, for Version, is taken from the first name
// that holds one ("ESCO dataset - v1.1.1 - classification - en -
// csv.zip").
func OpenZips(paths ...string) (*Zips, error) {
	z := &Zips{files: map[string]*zip.File{}}
	var ps report.Problems
	if len(paths) == 0 {
		ps.Add("", 0, 0, "", rolemodel.ErrEmpty, "no zip file given: expected the paths of ESCO's zip downloads")
	}
	for _, p := range paths {
		f, fi, err := limitio.OpenOSFile(p)
		if err != nil {
			ps.AddIO(p, err, "")
			continue
		}
		r, err := zip.NewReader(f, fi.Size())
		if err != nil {
			f.Close()
			ps.AddIO(p, &limitio.Error{Name: p, Msg: "is not a zip archive: " + err.Error(), Err: err}, "")
			continue
		}
		z.closers = append(z.closers, f)
		for _, zf := range r.File {
			name := strings.TrimPrefix(zf.Name, "./")
			dir, base := path.Split(name)
			dir = strings.TrimSuffix(dir, "/")
			if !zf.Mode().IsRegular() || strings.Contains(dir, "/") || base == "" || !fs.ValidPath(name) {
				continue
			}
			if _, dup := z.files[base]; !dup {
				z.files[base] = zf
				z.names = append(z.names, base)
			}
		}
		if z.version == "" {
			if m := versionRE.FindStringSubmatch(filepath.Base(p)); m != nil {
				z.version = m[1]
			}
		}
	}
	if err := ps.Err(); err != nil {
		z.Close()
		return nil, err
	}
	slices.Sort(z.names)
	return z, nil
}

// Version returns the ESCO release the zips' names state ("1.1.1"), or ""
// when none does.
func (z *Zips) Version() string { return z.version }

// Open opens the named file of the zips, as fs.FS says.
func (z *Zips) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return &zipDir{z: z}, nil
	}
	zf, ok := z.files[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &zipFile{ReadCloser: rc, info: zf.FileInfo()}, nil
}

// Stat describes the named file without unzipping it, as fs.StatFS says.
func (z *Zips) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return dirInfo{}, nil
	}
	zf, ok := z.files[name]
	if !ok {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
	}
	return zf.FileInfo(), nil
}

// Close closes the zip files. The Zips cannot be read afterwards.
func (z *Zips) Close() error {
	var errs []error
	for _, c := range z.closers {
		errs = append(errs, c.Close())
	}
	z.closers = nil
	return errors.Join(errs...)
}

type zipFile struct {
	io.ReadCloser
	info fs.FileInfo
}

func (f *zipFile) Stat() (fs.FileInfo, error) { return f.info, nil }

// zipDir is the one directory of a Zips, listing its files.
type zipDir struct {
	z    *Zips
	next int
}

func (d *zipDir) Stat() (fs.FileInfo, error) { return dirInfo{}, nil }
func (d *zipDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: ".", Err: errors.New("is a directory")}
}
func (d *zipDir) Close() error { return nil }

// ReadDir lists the files, by name, as fs.ReadDirFile says.
func (d *zipDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.z.names[d.next:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		rest = rest[:min(n, len(rest))]
	}
	out := make([]fs.DirEntry, len(rest))
	for i, name := range rest {
		out[i] = fs.FileInfoToDirEntry(d.z.files[name].FileInfo())
	}
	d.next += len(rest)
	return out, nil
}

type dirInfo struct{}

func (dirInfo) Name() string       { return "." }
func (dirInfo) Size() int64        { return 0 }
func (dirInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o555 }
func (dirInfo) ModTime() time.Time { return time.Time{} }
func (dirInfo) IsDir() bool        { return true }
func (dirInfo) Sys() any           { return nil }

// LoadZips loads the ESCO download held in the zip files at paths (see
// Zips), as Load does, and closes them. Unless the Version option is
// given, the release is taken from the zips' names.
func LoadZips(paths []string, opts ...Option) (*rolemodel.Catalog, error) {
	z, err := OpenZips(paths...)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	if v := z.Version(); v != "" {
		opts = append([]Option{Version(v)}, opts...)
	}
	return Load(z, opts...)
}

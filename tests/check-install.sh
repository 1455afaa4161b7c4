#!/bin/sh
# Installs the build into a temporary DESTDIR and runs the installed binary from there.
set -eu
build_dir=$1
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
meson install -C "$build_dir" --destdir "$destdir" --no-rebuild --quiet >/dev/null
binary=$(find "$destdir" -path '*/bin/role-atlas' -type f | head -n 1)
for expected in applications/io.github.roleatlas.RoleAtlas.desktop metainfo/io.github.roleatlas.RoleAtlas.metainfo.xml \
                glib-2.0/schemas/io.github.roleatlas.RoleAtlas.gschema.xml \
                icons/hicolor/scalable/apps/io.github.roleatlas.RoleAtlas.svg \
                icons/hicolor/symbolic/apps/io.github.roleatlas.RoleAtlas-symbolic.svg; do
  if [ -z "$(find "$destdir" -path "*/share/$expected" | head -n 1)" ]; then
    echo "not installed: share/$expected" >&2
    exit 1
  fi
done
"$binary" --validate

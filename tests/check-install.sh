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
                icons/hicolor/symbolic/apps/io.github.roleatlas.RoleAtlas-symbolic.svg \
                locale/de/LC_MESSAGES/role-atlas.mo locale/es/LC_MESSAGES/role-atlas.mo; do
  if [ -z "$(find "$destdir" -path "*/share/$expected" | head -n 1)" ]; then
    echo "not installed: share/$expected" >&2
    exit 1
  fi
done
"$binary" --validate
# The desktop file carries the translated name and comment.
desktop=$(find "$destdir" -path '*/share/applications/io.github.roleatlas.RoleAtlas.desktop' | head -n 1)
for line in 'Comment[de]=' 'Comment[es]='; do
  if ! grep -q -F "$line" "$desktop"; then
    echo "the installed desktop file has no $line line" >&2
    exit 1
  fi
done

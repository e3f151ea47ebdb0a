# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<FILE1 cat > /file1 && <<FILE2 cat > /file2
I am
first
FILE1
I am
second
FILE2
RUN <<eot sh -e
  echo "lowercase delimiter"
eot
RUN 3<<EOF cat /proc/self/fd/3
fd three
EOF
COPY --chmod=644 <<-EOT1 <<EOT2 /etc/
	tabbed
	EOT1
not tabbed
EOT2
RUN <<"SCRIPT"
echo "$HOME is not expanded by BuildKit"
SCRIPT
ARG FOO=bar
RUN <<EOF
echo "${FOO}"
EOF
RUN python3 - <<'PY' && echo after
import sys
print(sys.version)
PY

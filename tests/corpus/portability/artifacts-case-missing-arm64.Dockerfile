# corpus: modelled-on=a uname-based install script with only an x86_64 branch
# corpus: expect=AL301@5
FROM ubuntu:22.04
RUN set -e; \
    case "$(uname -m)" in \
      x86_64) S6_ARCH=x86_64 ;; \
      *) echo "unsupported architecture"; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/just-containers/s6-overlay/releases/download/v3.2.0.0/s6-overlay-${S6_ARCH}.tar.xz" | tar -C / -Jxp

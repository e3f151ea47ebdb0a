# corpus: modelled-on=Android build images adding a compat symlink only when the library exists
# corpus: expect=
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y libncurses6
RUN for d in /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu; do \
      if [ -e "$d/libncurses.so.6" ]; then ln -sf "$d/libncurses.so.6" "$d/libncurses.so.5"; fi; \
    done

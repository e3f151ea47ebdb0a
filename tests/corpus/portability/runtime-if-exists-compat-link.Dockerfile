# corpus: modelled-on=Android SDK images adding a libncurses compat link only where the x86-64 library exists
# corpus: expect=
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y libncurses6
RUN if [ -e /lib/x86_64-linux-gnu/libncurses.so.6 ] && [ ! -e /usr/lib/x86_64-linux-gnu/libncurses.so.5 ]; then \
      ln -s /lib/x86_64-linux-gnu/libncurses.so.6 /usr/lib/x86_64-linux-gnu/libncurses.so.5; \
    fi

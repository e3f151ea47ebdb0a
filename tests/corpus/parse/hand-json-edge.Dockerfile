FROM alpine
CMD []
ENTRYPOINT [ ]
RUN [ "echo", "unicode \u00e9 and escaped \"quote\"" ]
RUN ["sh", "-c", "echo \\\\n"]
CMD ["a"]     # trailing after JSON is ignored by BuildKit's decoder
VOLUME [ "/a", "/b" ]
COPY [ "src with space/", "/dst/" ]
RUN [ 'single', 'quotes' ]

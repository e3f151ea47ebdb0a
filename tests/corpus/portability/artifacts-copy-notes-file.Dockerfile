# corpus: modelled-on=a context file named for amd64 copied into the image
# corpus: expect=AL303@6
FROM nginx:1.25
COPY nginx.conf /etc/nginx/nginx.conf
COPY dist/ /usr/share/nginx/html/
COPY docker/amd64-notes.md /usr/share/doc/notes.md

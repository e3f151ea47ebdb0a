	 # leading tab and space before the comment
   FROM    ubuntu:22.04    AS    base
  
ENV    DEBIAN_FRONTEND=noninteractive    TZ=Etc/UTC
RUN	apt-get	update	&&	apt-get	install	-y	tzdata
RUN apt-get install -y \
	    curl\
	    wget \ 
	    git   
lAbEl  "com.example.vendor"="ACME Incorporated" \
       com.example.label-with-value="foo" \
       version="1.0" \
       description="This text illustrates \
that label-values can span multiple lines."
EXPOSE    8080/tcp    8081/udp
 VOLUME   /var/lib/app   /var/log/app
  CMD    echo   "done"  
